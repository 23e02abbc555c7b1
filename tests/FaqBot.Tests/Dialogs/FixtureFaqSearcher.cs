using FaqIndex.Content;
using FaqIndex.Search;

namespace FaqBot.Tests.Dialogs;

/// <summary>A small keyword searcher over a few entries, standing in for the real index in dialog tests.</summary>
public sealed class FixtureFaqSearcher : IFaqSearcher
{
    private static FaqEntry Entry(string id, string question, string answer, string source, Audience audience = Audience.Member,
        params string[] followUps) =>
        new(id, question, [], audience, [], source, followUps, new DateOnly(2026, 11, 1), null, answer, $"{id}.md", 1);

    private readonly Dictionary<string, FaqEntry> _entries = new[]
    {
        Entry("card-lost", "マイナンバーカードを紛失したときはどうすればよいですか？",
            "最初にマイナンバー総合フリーダイヤル（0120-95-0178）へ連絡し、利用停止を依頼してください。", "000 マイナ保険証 Q12",
            Audience.Member, "card-reissue"),
        Entry("card-reissue", "マイナンバーカードの再交付はどこで受けられますか？", "お住まいの市区町村で手続きします。", "003 (7)"),
        Entry("switch-checklist", "マイナ保険証に切り替えるには何を確認すればよいですか？", "STEP1〜3を確認します。", "002 切替チェックリスト"),
        Entry("helpdesk", "MY HEALTH WEBヘルプデスクの電話番号と受付時間を教えてください",
            "ヘルプデスク（03-5213-4467）は9:00〜17:00（土日祝日除く）です。", "000 欄外", Audience.Both),
        Entry("kakunin-validity", "資格確認書はいつまで有効ですか？", "資格確認書の有効期限は券面に記載されています。", "000 資格確認書 Q3",
            Audience.Member, "kakunin-reissue", "hr-only"),
        Entry("kakunin-reissue", "資格確認書を紛失した場合、再交付できますか？", "申請により再交付します（手数料1,000円）。", "000 資格確認書 Q13"),
        Entry("oshirase-lost", "資格情報のお知らせを紛失しました", "MY HEALTH WEBから再表示できます。", "001 Q3"),
        Entry("hr-only", "被保険者が退職したときの資格確認書の回収方法は？", "事業主経由で回収します。", "003 (5)", Audience.Hr),
    }.ToDictionary(e => e.Id);

    public IReadOnlyList<FaqEntry> Entries => [.. _entries.Values];

    public FaqEntry? GetEntry(string id) => _entries.GetValueOrDefault(id);

    public FaqSearchResult Search(string question, Audience audience)
    {
        FaqHit Hit(string id, double score) => new(_entries[id], score);
        if (question.Contains("いつまで") || question.Contains("有効期限"))
        {
            return new FaqSearchResult(MatchStatus.Answered, [Hit("kakunin-validity", 0.92), Hit("kakunin-reissue", 0.3)]);
        }
        if (question.Contains("再発行") || question.Contains("再交付"))
        {
            return new FaqSearchResult(MatchStatus.Ambiguous,
                [Hit("kakunin-reissue", 0.55), Hit("oshirase-lost", 0.5), Hit("card-reissue", 0.45), Hit("card-lost", 0.2)]);
        }
        if (question.Contains("ヘルプデスク"))
        {
            return new FaqSearchResult(MatchStatus.Answered, [Hit("helpdesk", 0.95)]);
        }
        if (question.Contains("カード") && question.Contains("止め"))
        {
            return new FaqSearchResult(MatchStatus.Answered, [Hit("card-lost", 0.9)]);
        }
        return new FaqSearchResult(MatchStatus.NoAnswer, []);
    }
}
