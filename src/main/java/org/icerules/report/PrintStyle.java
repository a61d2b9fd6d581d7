package org.icerules.report;

/**
 * The print stylesheet every HTML report carries, so a report prints whole on A4 or Letter: no
 * table cut at the margin (cells wrap, long words break, small type), charts scaled to the page,
 * each scenario on a new page, headings kept with what follows, the status colours printed as on
 * screen, and the address of every link written out after it.
 */
final class PrintStyle {
    static final String CSS = """
            @page{margin:12mm 10mm}
            @media print{
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{max-width:none;margin:0;padding:0;font-size:9.5pt;color:#000}
            table{width:100%;font-size:7.5pt;break-inside:auto}
            th,td,td.action{white-space:normal;overflow-wrap:break-word;hyphens:auto;padding:1px 3px}
            code{white-space:normal;overflow-wrap:anywhere}
            tr,svg,.summary{break-inside:avoid;page-break-inside:avoid}
            h1,h2,h3,caption{break-after:avoid;page-break-after:avoid}
            section.scenario+section.scenario{break-before:page;page-break-before:always}
            svg{max-width:100%;height:auto}
            a{color:inherit}
            a[href^="http"]:not(.url)::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
            dl.receipt{break-before:page;page-break-before:always}dl.receipt dd{overflow-wrap:anywhere}
            }
            """;

    private PrintStyle() {
    }
}
