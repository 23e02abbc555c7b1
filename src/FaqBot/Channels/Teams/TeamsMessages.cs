namespace FaqBot.Channels.Teams;

/// <summary>The words only Teams shows (card headings, the welcome that names what the bot answers for HR staff);
/// everything the dialog itself says stays in <see cref="FaqBot.Dialogs.Messages"/>.</summary>
public static class TeamsMessages
{
    /// <summary>Heading over the follow-up questions under an answer.</summary>
    public const string RelatedQuestions = "関連する質問";

    /// <summary>Heading over example questions.</summary>
    public const string ExampleQuestions = "質問の例";

    /// <summary>Label of the phone number fact.</summary>
    public const string PhoneLabel = "電話";

    /// <summary>Label of the hours fact.</summary>
    public const string HoursLabel = "受付";

    /// <summary>Label of the line's name.</summary>
    public const string ContactLabel = "窓口";

    /// <summary>Title of the welcome card.</summary>
    public const string WelcomeTitle = "健康保険組合 FAQチャット";

    /// <summary>What the bot answers, for everyone.</summary>
    public const string WelcomeTopics =
        "マイナ保険証・資格確認書・資格情報のお知らせについてのご質問にお答えします。";

    /// <summary>What the bot answers on top, for HR staff (事業所の健康保険担当者).</summary>
    public const string WelcomeHrTopics =
        "事業所のご担当者さま向けに、資格取得・喪失時の届出、資格確認書の回収・返却、被扶養者の手続きなど" +
        "事業主側の手続きについてもお答えします。";

    /// <summary>How to ask in a channel or group chat, where the bot only hears messages that mention it.</summary>
    public const string WelcomeHowToAskInChannel =
        "チャネルやグループチャットでは、@メンションを付けてご質問ください（例：「@FAQボット 資格確認書をなくした」）。" +
        "回答はご質問のスレッドに返信します。";

    /// <summary>How to ask in a personal chat.</summary>
    public const string WelcomeHowToAskInPersonalChat = "知りたいことを文章で入力してください。";

    /// <summary>The short note Teams shows when an Action.Execute button was received.</summary>
    public static string ActionReceived(string said) => $"「{said}」を受け付けました。";
}
