#!/usr/bin/env bash
# Writes the format fixtures of src/test/resources/formats/ (issue 15). Not part of the test run: the tests
# read the committed files. Needs LibreOffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)
# and the font fonts-wqy-microhei, which the DOCX files name and LibreOffice embeds in the PDFs.
#  1. FormatFixtures (POI, PDFBox, test classpath) writes DOCX, HTML, XLSX, OFD (typeset by OfdWriter), the
#     scanned and the encrypted PDF from text documents of the test sets;
#  2. LibreOffice renders each DOCX to PDF (running header, page-number footer, tables with rules, one file
#     set in two columns, one whose task table has no borders) and dalian.docx to a Word 97 file saved as dalian.wps, as WPS Office saves .wps.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/formats
command -v soffice >/dev/null || { echo "make-format-fixtures: soffice (LibreOffice) is needed" >&2; exit 1; }
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" io.policygraph.ingest.format.FormatFixtures "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for doc in dalian dalian-unruled zhengzhou seed-000 shenyang-two-columns; do
  soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work" "$out/$doc.docx" >/dev/null
  mv "$work/$doc.pdf" "$out/$doc.pdf"
done
soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to 'doc:MS Word 97' --outdir "$work" "$out/dalian.docx" >/dev/null
mv "$work/dalian.doc" "$out/dalian.wps"
rm "$out/shenyang-two-columns.docx" "$out/dalian-unruled.docx"
ls -l "$out"
