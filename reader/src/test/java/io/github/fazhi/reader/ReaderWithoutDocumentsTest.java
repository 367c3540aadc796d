package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * fazhi-documents is an optional dependency of the reader: a user who reads only texts and pages does not
 * have it, and the reader must still work. The reader's classes are loaded here by a class loader that
 * cannot see {@code io.github.fazhi.documents}, and a 政府信息公开 report's text is read through them.
 */
class ReaderWithoutDocumentsTest {
  /** Loads the reader's own classes itself and refuses every class of fazhi-documents. */
  private static final class WithoutDocuments extends URLClassLoader {
    WithoutDocuments(URL readerClasses, ClassLoader parent) {
      super(new URL[] {readerClasses}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (name.startsWith("io.github.fazhi.documents.")) {
          throw new ClassNotFoundException(name + " (hidden: fazhi-documents is not on this class path)");
        }
        if (!name.startsWith("io.github.fazhi.reader.")) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = findClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }

  @Test
  void readsAReportsText_withoutFazhiDocuments() throws Throwable {
    URL classes = ReportReader.class.getProtectionDomain().getCodeSource().getLocation();
    try (WithoutDocuments loader = new WithoutDocuments(classes, ReportReader.class.getClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("io.github.fazhi.documents.Document"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> reader = loader.loadClass(ReportReader.class.getName());
      Class<?> hints = loader.loadClass(Hints.class.getName());
      Class<?> draft = loader.loadClass(Draft.class.getName());
      assertThat(reader).isNotSameAs(ReportReader.class);
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle standard = lookup.findStatic(reader, "standard", MethodType.methodType(reader));
      MethodHandle none = lookup.findStatic(hints, "none", MethodType.methodType(hints));
      MethodHandle read = lookup.findVirtual(reader, "read", MethodType.methodType(draft, String.class, hints));
      MethodHandle report = lookup.findVirtual(draft, "report", MethodType.methodType(Optional.class));
      MethodHandle cellSpans = lookup.findVirtual(draft, "cellSpans",
          MethodType.methodType(com.google.common.collect.ImmutableMap.class));

      Object drafted = read.invoke(standard.invoke(), OpenGovReadingTest.report(Map.of(), "一件"), none.invoke());

      assertThat((Optional<?>) report.invoke(drafted)).isPresent();
      assertThat((Map<?, ?>) cellSpans.invoke(drafted)).hasSizeGreaterThan(175);
    }
  }
}
