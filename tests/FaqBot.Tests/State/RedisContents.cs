using System.Text;
using StackExchange.Redis;

namespace FaqBot.Tests.State;

/// <summary>Reads everything a test redis-server holds, to check what FaqBot stored there.</summary>
internal static class RedisContents
{
    public static async Task<List<string>> KeysAsync(string connectionString)
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "*"))
        {
            keys.Add(key!);
        }
        return keys;
    }

    /// <summary>Every key and every value (hashes, strings, lists, sorted sets) as text.</summary>
    public static async Task<string> DumpAsync(string connectionString)
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var db = connection.GetDatabase();
        var text = new StringBuilder();
        await foreach (var key in server.KeysAsync(pattern: "*"))
        {
            text.Append((string?)key).Append('\n');
            switch (await db.KeyTypeAsync(key))
            {
                case RedisType.Hash:
                    foreach (var entry in await db.HashGetAllAsync(key))
                    {
                        text.Append(entry.Name).Append('=').Append(entry.Value).Append('\n');
                    }
                    break;
                case RedisType.String:
                    text.Append(await db.StringGetAsync(key)).Append('\n');
                    break;
                case RedisType.List:
                    foreach (var item in await db.ListRangeAsync(key))
                    {
                        text.Append(item).Append('\n');
                    }
                    break;
                case RedisType.SortedSet:
                    foreach (var item in await db.SortedSetRangeByRankAsync(key))
                    {
                        text.Append(item).Append('\n');
                    }
                    break;
                case RedisType.Stream:
                    foreach (var entry in await db.StreamRangeAsync(key))
                    {
                        foreach (var value in entry.Values)
                        {
                            text.Append(value.Name).Append('=').Append(value.Value).Append('\n');
                        }
                    }
                    break;
            }
        }
        return text.ToString();
    }
}
