package org.icerules.report;

/** The one HTML escaper: every text or attribute value the HTML reports write goes through it. */
public final class Html {
    private Html() {
    }

    /** Text safe inside an element or a double-quoted attribute; null is the empty text. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
