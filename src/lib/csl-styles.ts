/**
 * Two citation styles in the Citation Style Language (CSL 1.0), written for this site because
 * @citation-js/plugin-csl ships only APA, Vancouver and Harvard. They cover the one kind of item the cite panel
 * makes (a web page by an institution), and follow the rules of their manuals for it:
 *
 * - Chicago author-date (17th edition, 15.51): author, year, "Title" in title case, site name, the date of the
 *   page, URL; an access date only for an undated page (14.233).
 * - MLA (9th edition, 5.x): author, "Title" in title case, site name in italics, the date (day, month
 *   abbreviated as the handbook does, year), URL; an access date only for an undated page.
 *
 * citeproc (through citation-js) does the formatting: punctuation, quotation marks, title case, dates.
 */

/** Chicago Manual of Style, 17th edition, author-date: the reference-list entry of a web page. */
export const CHICAGO_AUTHOR_DATE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago author-date, web pages (chronology)</title>
    <id>urn:chronology:csl:chicago-author-date-web</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <substitute>
        <text variable="container-title"/>
      </substitute>
    </names>
  </macro>
  <macro name="author-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", "/>
      <substitute>
        <text variable="container-title"/>
      </substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="date-or-access">
    <choose>
      <if variable="issued">
        <date variable="issued" form="text"/>
      </if>
      <else>
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text"/>
        </group>
      </else>
    </choose>
  </macro>
  <citation>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <text macro="author-short"/>
        <text macro="year"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" text-case="title" quotes="true"/>
        <text variable="container-title" text-case="title"/>
        <text macro="date-or-access"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;

/** MLA Handbook, 9th edition: the works-cited entry of a web page. */
export const MLA = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>MLA, web pages (chronology)</title>
    <id>urn:chronology:csl:mla-web</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <date form="text">
      <date-part name="day" suffix=" "/>
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="year"/>
    </date>
    <terms>
      <term name="month-01" form="short">Jan.</term>
      <term name="month-02" form="short">Feb.</term>
      <term name="month-03" form="short">Mar.</term>
      <term name="month-04" form="short">Apr.</term>
      <term name="month-05" form="short">May</term>
      <term name="month-06" form="short">June</term>
      <term name="month-07" form="short">July</term>
      <term name="month-08" form="short">Aug.</term>
      <term name="month-09" form="short">Sept.</term>
      <term name="month-10" form="short">Oct.</term>
      <term name="month-11" form="short">Nov.</term>
      <term name="month-12" form="short">Dec.</term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
    </names>
  </macro>
  <macro name="access">
    <choose>
      <if variable="issued" match="none">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text"/>
        </group>
      </if>
    </choose>
  </macro>
  <citation>
    <layout prefix="(" suffix=")" delimiter="; ">
      <text macro="author"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title" text-case="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title" text-case="title" font-style="italic"/>
          <date variable="issued" form="text"/>
          <text variable="URL"/>
        </group>
        <text macro="access"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
