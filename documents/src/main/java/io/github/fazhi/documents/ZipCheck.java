package io.github.fazhi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a {@code .docx} package before POI opens it: it must be a ZIP holding {@code word/document.xml};
 * all its entries together may expand to at most a limit (a "zip bomb" stops there, having inflated no
 * more than the limit); and no XML part may declare a DOCTYPE or entities (Word never writes them; they
 * are how XML entity attacks start).
 */
final class ZipCheck {
  private static final int PROLOG_BYTES = 4096;

  private ZipCheck() {}

  static void check(byte[] bytes, String fileName, long maxExpandedBytes) throws DocumentException {
    boolean document = false;
    long expanded = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      boolean any = false;
      while ((entry = zip.getNextEntry()) != null) {
        any = true;
        String name = entry.getName().toLowerCase(Locale.ROOT);
        document |= name.equals("word/document.xml");
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        byte[] prolog = new byte[xml ? PROLOG_BYTES : 0];
        int prologLength = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          if (prologLength < prolog.length) {
            int copy = Math.min(read, prolog.length - prologLength);
            System.arraycopy(buffer, 0, prolog, prologLength, copy);
            prologLength += copy;
          }
          expanded += read;
          if (expanded > maxExpandedBytes) {
            throw new DocumentException(fileName, "the document expands beyond " + maxExpandedBytes + " bytes");
          }
        }
        if (xml) {
          String head = new String(prolog, 0, prologLength, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
          if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
            throw new DocumentException(fileName,
                "entity references are not allowed: " + entry.getName() + " declares a DOCTYPE or entities");
          }
        }
      }
      if (!any) {
        throw new DocumentException(fileName, "not a .docx document: not a ZIP package");
      }
    } catch (DocumentException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new DocumentException(fileName, "not a .docx document: a damaged ZIP package (" + e.getMessage() + ")", e);
    }
    if (!document) {
      throw new DocumentException(fileName, "not a .docx document: the package has no word/document.xml");
    }
  }
}
