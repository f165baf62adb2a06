package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lao, Burmese, Belarusian and Tajik column headers, balance labels, balance rows and total rows; Russian "Дебет". */
class LaoBurmeseBelarusianTajikTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ວັນທີ, DATE", "ເລກອ້າງອີງ, OTHER", "ເນື້ອໃນ, DESCRIPTION", "ຖອນ, DEBIT", "ຝາກ, CREDIT",
        "ຍອດເຫຼືອ, BALANCE", "ရက်စွဲ, DATE", "အကြောင်းအရာ, DESCRIPTION", "ချက်နံပါတ်, OTHER", "ထုတ်ငွေ, DEBIT",
        "အပ်ငွေ, CREDIT", "လက်ကျန်ငွေ, BALANCE", "Дата аперацыі, DATE", "Дата адлюстравання, POSTING_DATE",
        "Дата адлюст- равання, POSTING_DATE", "Апісанне аперацыі, DESCRIPTION", "Сума ў валюце рахунку, AMOUNT",
        "Дэбет, DEBIT", "Крэдыт, CREDIT", "Астатак, BALANCE", "Сана, DATE", "№ ҳуҷҷат, OTHER",
        "Мазмуни амалиёт, DESCRIPTION", "Дебет, DEBIT", "Кредит, CREDIT", "Бақия, BALANCE"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ຍອດຍົກມາ, true", "ຍອດເຫຼືອທ້າຍງວດ, false", "အဖွင့်လက်ကျန်, true", "အပိတ်လက်ကျန်, false",
        "Астатак на пачатак перыяду, true", "Астатак на канец перыяду, false", "Бақия дар аввали давра, true",
        "Бақия дар охири давра, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ຍອດຍົກມາ", "ຍອດຍົກໄປ", "ຍອດເຫຼືອທ້າຍງວດ", "အဖွင့်လက်ကျန်", "အပိတ်လက်ကျန်", "Астатак на пачатак перыяду",
        "Астатак на канец перыяду", "Перанос", "Перанос на старонку 2", "Перанос са старонкі 1", "Бақия дар аввали давра", "Бақия дар охири давра", "Ба саҳифаи оянда",
        "Аз саҳифаи гузашта"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ລວມ", "စုစုပေါင်း", "Усяго", "Абароты за перыяд", "Гардиш дар давра", "Ҳамагӣ"})
    void totalWordsStartTotalRows(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ຖອນເງິນສົດ ATM BCEL", "ລາຍຈ່າຍ ລວມ", "ငွေလွှဲ ဦးအောင်ကျော်", "Перанос грошай на картку 5289", "Бақияи корт"})
    void rowsOfTheseScriptsStayTransactions(String row) {
        assertThat(Marker.of(row, true)).isNull();
    }
}
