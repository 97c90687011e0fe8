package org.lungang.webui.importexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lungang.webui.base.ui.Translations;

/** The data module's English import errors in the planner's Chinese, through the UI's bundle. */
class ImportErrorWordsTest {

    private final Translations translations = new Translations();
    private final ImportErrorWords words = new ImportErrorWords(
            (key, params) -> translations.getTranslation(key, Translations.CHINESE, params));

    @Test
    void aCellOfASheetIsNamedBySheetRowAndColumn() {
        assertThat(words.location("教师!row 5, column C (学科)")).isEqualTo("工作表“教师”第 5 行 C 列（学科）");
        assertThat(words.location("教师!row 3")).isEqualTo("工作表“教师”第 3 行");
        assertThat(words.location("line 3, column 7")).isEqualTo("第 3 行第 7 列");
    }

    @Test
    void aJsonPathIsShownAsItIs() {
        assertThat(words.location("$.teachers[3].schoolId")).isEqualTo("$.teachers[3].schoolId");
    }

    @Test
    void anUnknownValueIsTranslatedWithTheValueAndTheAllowedOnes() {
        assertThat(words.message("unknown value \"LATIN\"; allowed: 语文 (CHINESE), 数学 (MATH)"))
                .isEqualTo("无法识别的取值 \"LATIN\"；可选：语文 (CHINESE), 数学 (MATH)");
    }

    @Test
    void aValueOfTheWrongTypeIsDescribedInChinese() {
        assertThat(words.message("expected a whole number, found the text \"三\""))
                .isEqualTo("应为整数，实际为文字“三”");
        assertThat(words.message("expected a number, found the number 3.5")).isEqualTo("应为数字，实际为数字 3.5");
    }

    @Test
    void aReferenceToAnUnknownSchoolNamesItsId() {
        assertThat(words.message("unknown school id \"NOWHERE\"")).isEqualTo("找不到学校编号“NOWHERE”");
    }

    @Test
    void aMessageOfAnUnlistedPhrasingIsShownBehindAChineseLead() {
        assertThat(words.message("something new went wrong")).isEqualTo("数据有误（原文）：something new went wrong");
    }

    @Test
    void aMessageInChineseAlreadyIsLeftAsItIs() {
        assertThat(words.message("只接受 .xlsx 或 .json 文件")).isEqualTo("只接受 .xlsx 或 .json 文件");
    }

    @Test
    void inEnglishTheMessageReadsAsTheDataModuleWroteIt() {
        ImportErrorWords english = new ImportErrorWords(
                (key, params) -> translations.getTranslation(key, Locale.ENGLISH, params));

        assertThat(english.message("unknown school id \"S9\"")).isEqualTo("unknown school id “S9”");
    }
}
