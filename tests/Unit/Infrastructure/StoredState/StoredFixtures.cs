using System.Text;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>Stored values as committed under Fixtures/ (copied to the output under the same path).</summary>
internal static class StoredFixtures
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "StoredState", "Fixtures");

    public static string PathOf(string version, string name) => Path.Combine(Directory, version, name);

    public static byte[] Read(string version, string name) => File.ReadAllBytes(PathOf(version, name));

    /// <summary>A Redis list's entries, one a line.</summary>
    public static RedisValue[] Entries(string version, string name) =>
        [.. File.ReadAllLines(PathOf(version, name)).Where(line => line.Length > 0).Select(line => (RedisValue)Encoding.UTF8.GetBytes(line))];
}
