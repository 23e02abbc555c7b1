namespace FaqIndex.Content;

/// <summary>An entry file split at its front matter; lines are 1-based file lines.</summary>
/// <param name="Yaml">The text between the fences.</param>
/// <param name="FenceLine">The line of the opening <c>---</c>.</param>
/// <param name="YamlLine">The line of the first YAML line.</param>
/// <param name="Body">The answer Markdown after the closing fence.</param>
/// <param name="BodyLine">The line where <paramref name="Body"/> starts.</param>
public sealed record FaqMarkdownParts(string Yaml, int FenceLine, int YamlLine, string Body, int BodyLine);
