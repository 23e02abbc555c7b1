namespace FaqIndex.Text;

/// <summary>What kind of personal data <see cref="PersonalDataRedactor"/> found in a member's text.</summary>
public enum PersonalDataKind
{
    /// <summary>A 12-digit individual number (マイナンバー) whose check digit is right.</summary>
    MyNumber,

    /// <summary>A phone number other than the ones this kenpo publishes.</summary>
    PhoneNumber,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>The 記号・番号 of an insurance card (digits after 記号, 番号, 枝番 …).</summary>
    CardNumber,

    /// <summary>Any other run of ten or more digits (a mistyped My Number is still personal).</summary>
    LongNumber,
}
