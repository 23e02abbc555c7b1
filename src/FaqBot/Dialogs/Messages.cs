using FaqBot.Escalation;

namespace FaqBot.Dialogs;

/// <summary>Every sentence the dialog says to members, in one place for editors (polite Japanese, です・ます).</summary>
public static class Messages
{
    /// <summary>Greeting sent when a member joins the conversation.</summary>
    public const string Welcome =
        "こんにちは。当健康保険組合のFAQチャットです。\n\n" +
        "マイナ保険証・資格確認書・資格情報のお知らせについて、ご質問を文章で入力してください。" +
        "下のボタンから選んでいただくこともできます。";

    /// <summary>What the bot can do (ヘルプ).</summary>
    public const string Help =
        "このチャットでは、マイナ保険証・資格確認書・資格情報のお知らせに関するご質問にお答えします。\n\n" +
        "- 知りたいことを文章で入力してください（例：「資格確認書はいつまで使えますか」）。\n" +
        "- 「切り替えチェック」と入力すると、マイナ保険証を使えるかどうかを順番に確認できます。\n" +
        "- 「キャンセル」でいつでも最初に戻れます。\n" +
        "- 「担当者と話したい」と入力すると、電話でのお問い合わせ先をご案内します。";

    /// <summary>Reply to キャンセル / やめる.</summary>
    public const string Cancelled = "承知しました。最初に戻ります。ほかにご質問があれば入力してください。";

    /// <summary>Reply to an empty message.</summary>
    public const string EmptyQuestion = "ご質問の内容を文章で入力してください。下のボタンから選んでいただくこともできます。";

    /// <summary>Caution when the member typed what looks like a My Number or a phone number.</summary>
    public const string PersonalNumberCaution =
        "※マイナンバーや電話番号などの個人情報は、このチャットに入力しないようお願いいたします。";

    /// <summary>Asked under every answer.</summary>
    public const string WasItResolved = "解決しましたか？";

    /// <summary>Feedback button: resolved.</summary>
    public const string Yes = "はい";

    /// <summary>Feedback button: not resolved.</summary>
    public const string No = "いいえ";

    /// <summary>Reply to a はい.</summary>
    public const string ThanksForFeedback = "お役に立てて何よりです。ほかにもご質問があれば、お気軽に入力してください。";

    /// <summary>Reply to a first いいえ: rephrase, or ask for a person.</summary>
    public const string SorryTryAgain =
        "お役に立てず申し訳ありません。言葉を変えてもう一度ご質問いただくか、" +
        "「担当者と話したい」を選んでいただければ、お電話でのお問い合わせ先をご案内します。";

    /// <summary>The question over the choices when the search is unsure.</summary>
    public const string WhichOne = "次のどれについてお知りになりたいですか？";

    /// <summary>The choice that none of the offered questions fits.</summary>
    public const string NoneOfThese = "どれにも当てはまらない";

    /// <summary>The button that asks for a person.</summary>
    public const string TalkToPerson = "担当者と話したい";

    /// <summary>Reply when a turn failed inside the bot.</summary>
    public const string TurnError =
        "申し訳ありません。システムでエラーが発生しました。お手数ですが、もう一度ご質問ください。";

    /// <summary>Example questions offered as buttons (welcome, help, fallbacks).</summary>
    public static readonly IReadOnlyList<string> ExampleQuestions =
    [
        "マイナンバーカードをなくしました",
        "マイナ保険証への切り替えチェック",
        "資格確認書はいつまで有効ですか？",
        "資格情報のお知らせとは何ですか？",
        TalkToPerson,
    ];

    /// <summary>Opening of the escalation when the FAQ has no answer.</summary>
    public const string EscalateNoAnswer = "申し訳ありません。そのご質問にお答えできる情報が見つかりませんでした。";

    /// <summary>Opening of the escalation after a second いいえ.</summary>
    public const string EscalateNotResolved = "お役に立てず申し訳ありません。";

    /// <summary>Opening of the escalation when none of the choices fitted.</summary>
    public const string EscalateNoneFitted = "ご希望の内容が見つからず申し訳ありません。";

    /// <summary>Opening of the escalation when the member asked for a person.</summary>
    public const string EscalateRequested = "担当者へのお問い合わせ方法をご案内します。";

    /// <summary>The escalation's second sentence: who takes phone enquiries.</summary>
    public static string EscalationTarget(Contact contact) =>
        $"お電話でのお問い合わせは「{contact.Name}」で承っております。受付時間は{contact.HoursText}です。";

    /// <summary>What to say about a contact at this moment; never offers a closed line as one to call now.</summary>
    public static string AvailabilityNow(Availability availability)
    {
        var contact = availability.Contact;
        if (availability.IsOpen)
        {
            var until = availability.OpenUntil is { } end ? $"（{DayAndTime(end, availability.Now)}まで）" : "（24時間受付）";
            return $"ただいま受付中です{until}。**{contact.Phone}** へお電話ください。";
        }
        var reason = availability.Reason switch
        {
            ClosedReason.Holiday => "本日は祝日のため受付しておりません。",
            ClosedReason.Saturday => "本日は土曜日のため受付しておりません。",
            ClosedReason.Sunday => "本日は日曜日のため受付しておりません。",
            ClosedReason.ClosedPeriod => $"本日は{(string.IsNullOrWhiteSpace(availability.ReasonText) ? "休業日" : availability.ReasonText)}のため受付しておりません。",
            ClosedReason.BeforeOpening => "ただいま受付時間外です。",
            ClosedReason.AfterClosing => "本日の受付は終了しました。",
            _ => "本日は受付しておりません。",
        };
        if (availability.NextOpen is not { } next)
        {
            return reason;
        }
        return $"{reason}次の受付は{DayAndTime(next, availability.Now)}からです。" +
               $"受付時間になりましたら **{contact.Phone}** へお電話ください。";
    }

    /// <summary>The urgent first line for a lost or stolen card.</summary>
    public static string LostCardFirst(Availability suspension)
    {
        var contact = suspension.Contact;
        return suspension.IsOpen
            ? $"**まず、{contact.Name}（{contact.Phone}）へお電話いただき、カードの一時利用停止をご依頼ください**。" +
              $"利用停止は{contact.HoursText}受け付けています。"
            : $"カードの一時利用停止は {contact.Name} で受け付けています。{AvailabilityNow(suspension)}";
    }

    /// <summary>The hours of the general card enquiry line, after the lost-card answer.</summary>
    public static string CardEnquiryHours(Contact contact) =>
        $"カードに関するその他のお問い合わせ（{contact.Phone}）の受付時間は、{contact.HoursText}です。";

    /// <summary>A short note of where an answer comes from, from the entry's source field.</summary>
    public static string SourceNote(string source)
    {
        var trimmed = source.TrimStart();
        var label = trimmed.StartsWith("000", StringComparison.Ordinal) ? "当組合FAQ"
            : trimmed.StartsWith("002", StringComparison.Ordinal) ? "当組合のご案内"
            : "公開資料をもとに当組合で作成";
        return $"（出典: {label}）";
    }

    // ---- the switch-over checklist (seed 002), in our own words ----

    /// <summary>Opening of the checklist.</summary>
    public const string ChecklistIntro =
        "マイナ保険証を使える状態かどうか、3つの質問で確認します。「はい」か「いいえ」でお答えください。";

    /// <summary>STEP1.</summary>
    public const string ChecklistStep1 =
        "**STEP1** マイナンバーカードはお手元にあり、有効期限内ですか？";

    /// <summary>STEP2.</summary>
    public const string ChecklistStep2 =
        "**STEP2** マイナンバーカードの保険証利用登録（健康保険証としての利用の申込み）はお済みですか？";

    /// <summary>STEP3.</summary>
    public const string ChecklistStep3 =
        "**STEP3** マイナンバーカードの電子証明書は有効期限内ですか？（期限が来ていた場合は、更新しましたか？）";

    /// <summary>The button that explains how to check the e-certificate's expiry.</summary>
    public const string ChecklistHowToCheck = "有効期限の確認方法";

    /// <summary>How to check the e-certificate's expiry (STEP3 hint).</summary>
    public const string ChecklistHowToCheckAnswer =
        "電子証明書の有効期限は、カードを受け取ったときにご自身で記入したカード表面の欄か、" +
        "パソコンやスマートフォンのマイナポータルで確かめられます。";

    /// <summary>Reply when an answer in the checklist is neither yes nor no.</summary>
    public const string ChecklistYesOrNo = "「はい」か「いいえ」でお答えください。チェックをやめる場合は「キャンセル」と入力してください。";

    /// <summary>Heading of the to-do list.</summary>
    public const string ChecklistTodoHeading = "確認ありがとうございました。次のことを順番に行ってください。";

    /// <summary>To-do 1: get a valid card.</summary>
    public const string ChecklistTodo1 =
        "**1. 有効なマイナンバーカードを手に入れる**\n" +
        "- お住まいの市区町村にマイナンバーカードを申請します（初めて作る方も、期限が切れた方も同じです）。" +
        "申請方法はマイナンバーカード総合サイトで確認できます。\n" +
        "- カードができるとお知らせのはがきが届きますので、受け取りに行ってください。";

    /// <summary>To-do 2: register the card for insurance use.</summary>
    public const string ChecklistTodo2 =
        "**2. 健康保険証としての利用を申し込む**（次のどれか1つで行えます）\n" +
        "- スマートフォン：マイナンバーカード、カードを読み取れるスマートフォン、「マイナポータル」アプリを用意し、" +
        "アプリにログイン →「健康保険証」を選ぶ → 利用に同意 →「登録」の順に進みます。\n" +
        "- セブン銀行ATM：マイナンバーカードだけで申し込めます。画面の「マイナンバーカードでの手続き」から" +
        "「健康保険証利用の申込み」を選びます。\n" +
        "- 医療機関・薬局：受付にある顔認証付きカードリーダーで申し込めます。";

    /// <summary>To-do 3: renew the e-certificate.</summary>
    public const string ChecklistTodo3 =
        "**3. 電子証明書を更新する**\n" +
        "- 有効期限が切れていても、お住まいの市区町村の窓口で手続きをすれば再発行を受けられます。";

    /// <summary>Why 2 may follow 3.</summary>
    public const string ChecklistTodo3Note =
        "※電子証明書の有効期限から3か月を過ぎている場合は、保険証利用の登録が解除されています。" +
        "その場合は、更新のあとで「2. 健康保険証としての利用を申し込む」もあらためて行ってください。";

    /// <summary>All three answered yes.</summary>
    public const string ChecklistAllSet =
        "3つとも確認できました。マイナ保険証で医療機関・薬局を受診いただけます。" +
        "受付では顔認証付きカードリーダーにマイナンバーカードを置いてください。";

    /// <summary>The button under the checklist entry that starts the guided flow.</summary>
    public const string ChecklistStart = "切り替えチェックを始める";

    /// <summary>The button that starts the checklist again.</summary>
    public const string ChecklistRestart = "切り替えチェックをやり直す";

    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];

    /// <summary>「本日17:00」 or 「11月24日(火) 9:00」, in the zone of <paramref name="at"/>.</summary>
    public static string DayAndTime(DateTimeOffset at, DateTimeOffset now)
    {
        var time = $"{at.Hour}:{at.Minute:00}";
        if (at.Date == now.Date)
        {
            return $"本日{time}";
        }
        return $"{at.Month}月{at.Day}日({DayNames[(int)at.DayOfWeek]}) {time}";
    }
}
