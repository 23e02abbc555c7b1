using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaqIndex.Content;

namespace FaqBot.Cli;

/// <summary>Writes <see cref="AskResult"/>s: one JSON object per line (Japanese unescaped), or the text a person reads.</summary>
public static class AskResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The result as one line of JSON.</summary>
    public static string ToJson(AskResult result) => JsonSerializer.Serialize(result, Json);

    /// <summary>Writes the result as one line of JSON.</summary>
    public static void WriteJson(TextWriter output, AskResult result) => output.WriteLine(ToJson(result));

    /// <summary>Writes what the bot would say, in plain text.</summary>
    public static void WritePlain(TextWriter output, AskResult result)
    {
        if (result.Status != "answered" && !string.IsNullOrEmpty(result.Answer))
        {
            // The dialog already wrote what the member reads (choices, or the helpdesk and whether it is open).
            output.WriteLine(FaqMarkdown.ToPlainText(result.Answer));
            return;
        }
        var text = new StringBuilder();
        switch (result.Status)
        {
            case "answered":
                text.AppendLine(FaqMarkdown.ToPlainText(result.Answer ?? ""));
                if (result.Alternatives.Count > 0)
                {
                    text.AppendLine().AppendLine("関連する質問:");
                    foreach (var alternative in result.Alternatives)
                    {
                        text.Append("・").AppendLine(alternative.Question);
                    }
                }
                break;
            case "ambiguous":
                text.AppendLine("次のどれについてのご質問でしょうか。");
                text.Append("1. ").AppendLine(result.Question);
                for (int i = 0; i < result.Alternatives.Count; i++)
                {
                    text.Append(i + 2).Append(". ").AppendLine(result.Alternatives[i].Question);
                }
                break;
            default:
                text.AppendLine("申し訳ありません。そのご質問にお答えできる内容が見つかりませんでした。別の言葉で言い換えてお試しください。");
                break;
        }
        if (result.Escalation is { } escalation)
        {
            text.Append(escalation.Name).Append("（").Append(escalation.Phone).AppendLine("）");
        }
        output.Write(text.ToString());
    }
}
