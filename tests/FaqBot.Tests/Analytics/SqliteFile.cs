using Microsoft.Data.Sqlite;

namespace FaqBot.Tests.Analytics;

/// <summary>A temp folder holding one analytics database, read back with plain SQL (not through the store under
/// test), plus the raw bytes of the file and its WAL for the privacy checks.</summary>
public sealed class SqliteFile : IDisposable
{
    public SqliteFile()
    {
        Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "faqbot-sqlite-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "analytics.db");

    public string ConnectionString => "Data Source=" + FilePath;

    public Dictionary<string, string?> Settings(string retryDelay = "00:00:00.200") => new()
    {
        ["Analytics:Provider"] = "Sqlite",
        ["Analytics:ConnectionString"] = ConnectionString,
        ["Analytics:RetryDelay"] = retryDelay,
    };

    /// <summary>Rows as column → value, oldest first; empty when the file or table is not there yet.</summary>
    public List<Dictionary<string, object?>> Rows()
    {
        var rows = new List<Dictionary<string, object?>>();
        if (!File.Exists(FilePath))
        {
            return rows;
        }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM analytics_turns ORDER BY id";
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new Dictionary<string, object?>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
                rows.Add(row);
            }
        }
        catch (SqliteException)
        {
            // no table yet
        }
        return rows;
    }

    public async Task<List<Dictionary<string, object?>>> WaitForRowsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var rows = Rows();
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                return rows;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Every byte of the database, its WAL and shared memory, as text (UTF-8): what a disk image would show.</summary>
    public string RawText()
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(Folder))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            text.Append(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
        }
        return text.ToString();
    }

    /// <summary>Makes the file immutable (root ignores permissions; chattr +i stops even root from writing).</summary>
    public static void SetImmutable(string path, bool immutable)
    {
        using var process = System.Diagnostics.Process.Start("chattr", [immutable ? "+i" : "-i", path])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    public void Dispose()
    {
        foreach (var file in Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [])
        {
            SetImmutable(file, false);
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
