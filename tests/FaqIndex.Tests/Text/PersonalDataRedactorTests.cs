using FaqIndex.Text;

namespace FaqIndex.Tests.Text;

public sealed class PersonalDataRedactorTests
{
    // 123456789018 and 987654321093 have the right check digit; 123456789012 does not.
    [Theory]
    // My Numbers in the forms members type them.
    [InlineData("マイナンバーは123456789018です", "マイナンバーは************です")]
    [InlineData("1234-5678-9018", "**************")]
    [InlineData("1234 5678 9018 です", "************** です")]
    [InlineData("１２３４５６７８９０１８", "************")]
    [InlineData("１２３４－５６７８－９０１８をなくした", "**************をなくした")]
    [InlineData("9876　5432　1093", "**************")]
    [InlineData("番号987654321093と123456789018", "番号************と************")]
    // A mistyped My Number is still personal.
    [InlineData("123456789012です", "************です")]
    // Phone numbers other than ours.
    [InlineData("090-1234-5678に電話ください", "*************に電話ください")]
    [InlineData("09012345678", "***********")]
    [InlineData("０９０ー１２３４ー５６７８", "*************")]
    [InlineData("(03)1234-5678まで", "(************まで")]
    [InlineData("+81-90-1234-5678", "****************")]
    [InlineData("自宅は5555-6666です", "自宅は*********です")]
    // E-mail addresses, ASCII and full-width.
    [InlineData("メールはtaro.yamada+kenpo@example.co.jpです", "メールは*******************************です")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "****************")]
    [InlineData("a1234567@mail.example.com", "*************************")]
    // The 記号・番号 of a card.
    [InlineData("記号は1234、番号は56です", "記号は****、番号は**です")]
    [InlineData("記号：１２３　番号：４５６７", "記号：***　番号：****")]
    [InlineData("保険証の記号番号 12-345", "保険証の記号番号 ******")]
    [InlineData("被保険者番号は00012345", "被保険者番号は********")]
    [InlineData("枝番01です", "枝番**です")]
    public void Personal_data_is_masked_character_for_character(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));
        Assert.True(PersonalDataRedactor.ContainsPersonalData(text));
    }

    [Theory]
    [InlineData("令和8年12月1日まで有効です")]
    [InlineData("2026-12-01に届きました")]
    [InlineData("2026-12-01 10:30に電話しました")]
    [InlineData("2026/12/01")]
    [InlineData("20261201")]
    [InlineData("1,000,000円かかりますか")]
    [InlineData("1234567890円")]
    [InlineData("￥12345678901")]
    [InlineData("ヘルプデスク03-5213-4467は何時からですか")]
    [InlineData("０３－５２１３－４４６７")]
    [InlineData("0120-95-0178に電話しました")]
    [InlineData("0120950178")]
    [InlineData("番号は4桁ですか")]
    [InlineData("2番目の番号 3番目")]
    [InlineData("記号は2つありますか")]
    [InlineData("番号を忘れました")]
    [InlineData("70歳以上です")]
    [InlineData("@ だけ")]
    [InlineData("twitter @kenpo")]
    [InlineData("user@localhost")]
    [InlineData("")]
    [InlineData("マイナ保険証を使いたい")]
    public void Look_alikes_stay(string text)
    {
        Assert.Equal(text, PersonalDataRedactor.Redact(text));
        Assert.False(PersonalDataRedactor.ContainsPersonalData(text));
    }

    [Theory]
    [InlineData("123456789018", PersonalDataKind.MyNumber)]
    [InlineData("123456789012", PersonalDataKind.LongNumber)]
    [InlineData("090-1234-5678", PersonalDataKind.PhoneNumber)]
    [InlineData("taro@example.com", PersonalDataKind.Email)]
    [InlineData("記号 1234", PersonalDataKind.CardNumber)]
    public void Each_kind_is_told_apart(string text, PersonalDataKind kind)
    {
        var match = Assert.Single(PersonalDataRedactor.Find(text));
        Assert.Equal(kind, match.Kind);
    }

    [Fact]
    public void Search_text_loses_the_data_but_keeps_the_words()
    {
        Assert.Equal("マイナンバー と の件", PersonalDataRedactor.RemoveForSearch("マイナンバー123456789018とtaro@example.comの件"));
        Assert.Equal("ヘルプデスク03-5213-4467", PersonalDataRedactor.RemoveForSearch("ヘルプデスク03-5213-4467"));
    }

    [Fact]
    public void Null_is_empty() => Assert.Equal("", PersonalDataRedactor.Redact(null));

    [Fact]
    public void Hostile_input_is_scanned_whole_and_the_length_kept()
    {
        var spaced = string.Join(" ", Enumerable.Repeat("1", 500));
        var redacted = PersonalDataRedactor.Redact(spaced);
        Assert.Equal(spaced.Length, redacted.Length);
        Assert.DoesNotContain("1", redacted);

        var huge = string.Concat(Enumerable.Repeat("保険証😀\uD800090-1234-5678@@＠", 20_000));
        var masked = PersonalDataRedactor.Redact(huge);
        Assert.Equal(huge.Length, masked.Length);
        Assert.DoesNotContain("5678", masked);
        Assert.Contains("\uD800", masked);
    }

    [Fact]
    public void Every_my_number_with_a_right_check_digit_is_found_in_any_form()
    {
        var random = new Random(20261202);
        for (var n = 0; n < 500; n++)
        {
            var digits = new int[12];
            for (var i = 0; i < 11; i++)
            {
                digits[i] = random.Next(10);
            }
            var sum = 0;
            for (var k = 1; k <= 11; k++)
            {
                sum += digits[11 - k] * (k <= 6 ? k + 1 : k - 5);
            }
            digits[11] = sum % 11 <= 1 ? 0 : 11 - sum % 11;
            var plain = string.Concat(digits);
            var fullWidth = new string(plain.Select(c => (char)(c - '0' + '０')).ToArray());
            foreach (var form in new[] { plain, $"{plain[..4]}-{plain[4..8]}-{plain[8..]}", fullWidth, $"{plain[..4]} {plain[4..8]} {plain[8..]}" })
            {
                var match = Assert.Single(PersonalDataRedactor.Find("私の番号は" + form + "です"));
                Assert.Equal(PersonalDataKind.MyNumber, match.Kind);
            }
        }
    }
}
