using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>Every call except Register and Resume needs an identity first; refusing one never costs the connection.</summary>
public sealed class NotRegisteredTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    /// <summary>Each method with well-formed arguments, so only the missing identity is wrong.</summary>
    public static TheoryData<string, string> CallsNeedingAnIdentity => WellFormedCalls.AsTheoryData(WellFormedCalls.NeedingAnIdentity);

    [Theory]
    [MemberData(nameof(CallsNeedingAnIdentity))]
    public async Task A_call_before_Register_fails_with_NOT_REGISTERED_and_the_connection_can_then_register(string method, string argumentsJson)
    {
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();

        await stranger.ShouldFailRawWithAsync("NOT_REGISTERED", method, argumentsJson);

        await stranger.RegisterAsync("Ann");
        stranger.PlayerId.ShouldNotBeNullOrEmpty();
        await stranger.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task Resume_with_a_wrong_token_fails_with_INVALID_RESUME_TOKEN_and_leaves_the_connection_unregistered_but_usable()
    {
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();

        await stranger.ShouldFailWithAsync("INVALID_RESUME_TOKEN", "Resume", "not-a-real-token");
        await stranger.ShouldFailWithAsync("NOT_REGISTERED", "GetSnapshot");

        await stranger.RegisterAsync("Ann");
        await stranger.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task Resume_with_a_token_of_the_right_shape_that_was_never_issued_fails_with_INVALID_RESUME_TOKEN()
    {
        var real = await _server.PlayerAsync("Bob");
        await using var tidyReal = real.Tidy();
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();
        var forged = real.ResumeToken[..^4] + (real.ResumeToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        await stranger.ShouldFailWithAsync("INVALID_RESUME_TOKEN", "Resume", forged);

        await stranger.ShouldFailWithAsync("NOT_REGISTERED", "GetSnapshot");
        await real.ShouldStillWorkAsync();
    }

    [Theory]
    [InlineData("""[""]""")]
    [InlineData("""[null]""")]
    public async Task Resume_with_an_empty_token_fails_with_VALIDATION_FAILED(string argumentsJson)
    {
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();

        var error = await stranger.ShouldFailRawWithAsync("VALIDATION_FAILED", "Resume", argumentsJson);

        error.Message.ShouldContain("resumeToken");
        await stranger.RegisterAsync("Ann");
        await stranger.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task Resume_with_a_10000_character_token_fails_with_VALIDATION_FAILED()
    {
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();

        await stranger.ShouldFailWithAsync("VALIDATION_FAILED", "Resume", new string('t', 10_000));

        await stranger.RegisterAsync("Ann");
        await stranger.ShouldStillWorkAsync();
    }
}
