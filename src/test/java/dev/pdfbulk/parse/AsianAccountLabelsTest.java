package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Account labels of Vietnamese, Thai, Hong Kong and Japanese statements. */
class AsianAccountLabelsTest {

    @Test
    void theLabelsNameTheAccount() {
        assertThat(account(new PageSketch(1).line(40, "Số tài khoản: 108872314569"))).isEqualTo("****4569");
        assertThat(account(new PageSketch(1).line(40, "เลขที่บัญชี 062-8-41937-5"))).isEqualTo("****9375");
        assertThat(account(new PageSketch(1).line(330, "Account Number 戶口號碼 024-382-416725-001")))
                .isEqualTo("****5001");
        assertThat(account(new PageSketch(1).line(40, "口座 普通預金 1234567"))).isEqualTo("****4567");
    }

    @Test
    void anAccountsKindIsNoNumber() {
        assertThat(account(new PageSketch(1).line(330, "Loại tài khoản: Tiền gửi thanh toán"))).isNull();
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }
}
