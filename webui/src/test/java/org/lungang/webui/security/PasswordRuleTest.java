package org.lungang.webui.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lungang.webui.base.InvalidRequestException;

class PasswordRuleTest {

    @Test
    void eightDigitsAreTooShort() {
        assertThatThrownBy(() -> PasswordRule.require("12345678", "admin"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least 12");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> PasswordRule.require("Password1234", "wang"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("common");
    }

    @Test
    void morethan128CharactersAreRefused() {
        assertThatThrownBy(() -> PasswordRule.require("x".repeat(129), "wang"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 128");
    }

    @Test
    void charactersAreCountedNotBytes() {
        // 12 Chinese characters are 36 bytes; 128 of them pass too.
        assertThatCode(() -> PasswordRule.require("轮岗交流促进义务教育均衡", "wang")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRule.require("教".repeat(128), "wang")).doesNotThrowAnyException();
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThatThrownBy(() -> PasswordRule.require("my-name-is-wangfang", "WangFang"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("username");
    }

    @Test
    void aLongUncommonPassphrasePasses() {
        assertThatCode(() -> PasswordRule.require("river under the old bridge", "wang")).doesNotThrowAnyException();
    }
}
