namespace FaqBot.Channels.Teams.Cards;

/// <summary>What an answer card shows: the question as its title, the answer's Markdown, where it comes from, the
/// feedback question with はい/いいえ, and the questions offered next.</summary>
/// <param name="Question">The FAQ entry's question, or null when the dialog's reply did not say which entry it was.</param>
/// <param name="AnswerMarkdown">The answer as the dialog wrote it (Markdown).</param>
/// <param name="SourceNote">「（出典: …）」, when the answer has one.</param>
/// <param name="FeedbackPrompt">「解決しましたか？」.</param>
/// <param name="MoreQuestions">Follow-ups and other next steps, as the words a tap says.</param>
/// <param name="EntryId">The FAQ entry's id, carried in the feedback buttons' data.</param>
public sealed record AnswerCardContent(
    string? Question,
    string AnswerMarkdown,
    string? SourceNote,
    string FeedbackPrompt,
    IReadOnlyList<string> MoreQuestions,
    string? EntryId);
