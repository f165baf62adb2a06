package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Israeli statements print in Hebrew: column headers (Bank Hapoalim's "תאריך | תאריך ערך | תיאור הפעולה |
 * אסמכתא | חובה | זכות | יתרה בש"ח") and the balance the period starts from and ends on ("יתרה קודמת", "יתרה לסוף
 * התקופה"). Read in logical order: a page drawn in visual order is turned back when its words are assembled
 * (extract.RightToLeft). Plain data.
 */
final class HebrewWords {

    private HebrewWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // "תאריך" the date ("תאריך פעולה" of the transaction), "תאריך ערך" / "יום ערך" the value date, "תיאור" the
        // description ("תיאור הפעולה" of the transaction, "פרטים" details), "אסמכתא" the reference, "חובה" / "זכות"
        // debit and credit, "סכום" an amount, "יתרה" the balance ("בש"ח" in shekels).
        put.accept(ColumnKind.DATE, new String[] {"תאריך", "תאריך פעולה", "תאריך העסקה", "תאריך עסקה"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"תאריך ערך", "יום ערך", "ת. ערך"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"תיאור", "תיאור הפעולה", "תאור", "תאור הפעולה", "פרטים",
            "הפעולה", "פירוט"});
        put.accept(ColumnKind.DEBIT, new String[] {"חובה", "בחובה"});
        put.accept(ColumnKind.CREDIT, new String[] {"זכות", "בזכות"});
        put.accept(ColumnKind.AMOUNT, new String[] {"סכום", "סכום הפעולה"});
        put.accept(ColumnKind.BALANCE, new String[] {"יתרה", "יתרה בש\"ח", "יתרה בשקלים", "היתרה"});
        put.accept(ColumnKind.OTHER, new String[] {"אסמכתא", "אסמכתה", "מס' אסמכתא"});
    }

    /** The balance the period starts from: "יתרה קודמת" (previous), "יתרת פתיחה" (opening). Folded. */
    static final String OPENING = Folding.fold("יתרה קודמת|יתרת פתיחה|יתרה לתחילת התקופה");
    /** The balance the period ends on: "יתרה לסוף התקופה", "יתרת סגירה" (closing), "יתרה סופית" (final). Folded. */
    static final String CLOSING = Folding.fold("יתרה לסוף התקופה|יתרת סגירה|יתרה סופית|יתרת סוף התקופה");
}
