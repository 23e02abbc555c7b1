namespace FaqIndex.DictionaryCompiler;

/// <summary>Command-line options of the dictionary compiler.</summary>
internal sealed record CompilerOptions(string Package, string Integrity, string CacheDirectory, string OutputDirectory)
{
    public static CompilerOptions? Parse(string[] args)
    {
        string? package = null, integrity = null, cache = null, output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--package": package = args[i + 1]; break;
                case "--integrity": integrity = args[i + 1]; break;
                case "--cache": cache = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: return null;
            }
        }
        return package is null || integrity is null || cache is null || output is null
            ? null
            : new CompilerOptions(package, integrity, cache, output);
    }
}
