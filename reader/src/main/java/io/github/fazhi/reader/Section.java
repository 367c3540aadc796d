package io.github.fazhi.reader;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One heading of a report's outline with what it holds (章节): its ordinal and title as written, its body
 * (the text after the title up to the next heading of its level or above) and its sub-headings or items.
 * A part ({@link Part}) holds sections; a section of the measures part is a work area.
 */
final class Section {
  /** The part of a report a top-level heading opens (see docs/domain.md, 'The annual report'). */
  enum Part {
    /** Before the first heading: the preamble. */
    PREAMBLE,
    /** The year's measures and results: its sections are work areas. */
    MEASURES,
    /** Shortcomings (存在的不足/问题). */
    SHORTCOMINGS,
    /** The leaders' duty as first person responsible (第一责任人). */
    LEADERSHIP,
    /** Next year's plans (下一步/工作安排/工作设想). */
    PLANS,
    /** Other matters (其他需要报告的情况). */
    OTHER
  }

  final int ordinal;
  final Region title;
  Region body;
  final List<Section> children = new ArrayList<>();

  Section(int ordinal, Region title, Region body) {
    this.ordinal = ordinal;
    this.title = title;
    this.body = body;
  }

  /** The whole of the section after its marker: title and body. */
  Region whole() {
    return new Region(title.start(), Math.max(title.end(), body.end()));
  }

  /** A part of the report: its kind, its heading (if it had one), its intro and its sections. */
  static final class PartBlock {
    final Part part;
    final @Nullable Region heading;
    /** Sections of this part are work areas given by top-level headings (一、强化组织领导). */
    final boolean areasAtTop;
    Region intro;
    final List<Section> sections = new ArrayList<>();

    PartBlock(Part part, @Nullable Region heading, boolean areasAtTop, Region intro) {
      this.part = part;
      this.heading = heading;
      this.areasAtTop = areasAtTop;
      this.intro = intro;
    }

    int end() {
      int end = intro.end();
      for (Section section : sections) {
        end = Math.max(end, section.whole().end());
        for (Section child : section.children) {
          end = Math.max(end, child.whole().end());
        }
      }
      return end;
    }
  }
}
