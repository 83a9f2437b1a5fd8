using DrawGuess.IntegrationTests.Cluster;
using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>The log a real process writes: a call the game refuses is the player's mistake, not an error for operators to page on.</summary>
public sealed class RefusedCallLogTests(ITestOutputHelper output) : RealServersTest(output)
{
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Calls_refused_by_a_game_rule_write_no_error_line()
    {
        var server = await StartServerAsync("A");
        var ann = await PlayerAsync(server, "Ann");
        for (var i = 0; i < 20; i++)
        {
            var refusal = await ann.InvokeExpectingErrorAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } });
            refusal.Message.ShouldContain("NOT_IN_ROOM");
        }

        // A line logged after the refusals: once it is in the file, so is anything they logged.
        await ann.InvokeAsync("CreateRoom", Settings());
        await WaitForLogLineAsync(server, "created by");

        var errors = File.ReadLines(server.LogPath).Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)).ToArray();
        errors.Length.ShouldBe(0, $"the first: {errors.FirstOrDefault()?[..Math.Min(300, errors[0].Length)]}");
    }

    private static async Task WaitForLogLineAsync(ServerProcess server, string text)
    {
        var deadline = DateTime.UtcNow + LogWait;
        while (!File.ReadLines(server.LogPath).Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{text}' never reached {server.Name}'s log.");
            await Task.Delay(50);
        }
    }
}
