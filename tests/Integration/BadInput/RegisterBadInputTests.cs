using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>Register(name): trimmed, NFC, 1-20 characters with a letter or digit, no control, bidi-control or invalid characters.</summary>
public sealed class RegisterBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    public static TheoryData<string, string> BadNames => new()
    {
        { "21 characters", new string('a', 21) },
        { "10,000 characters", new string('a', 10_000) },
        { "empty", "" },
        { "only spaces", "     " },
        { "a NUL character", "Ann\u0000" },
        { "a bell character", "An\u0007n" },
        { "a line break", "Ann\nBob" },
        { "a tab", "Ann\tBob" },
        { "an ANSI escape", "\u001b[31mRed" },
        { "a DEL character", "Ann\u007f" },
        { "only zero-width characters", "\u200B\u200C\u200D\u2060" },
        { "only bidi overrides", "\u202E\u202D" },
        { "a right-to-left override", "Ann\u202Egnp.exe" },
        { "only combining marks", "\u0301\u0302\u0303" },
        { "no letter or digit", "!!!" },
        { "a noncharacter", "Ann\uFFFE" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_bad_name_fails_with_VALIDATION_FAILED_naming_the_field_and_a_good_name_then_registers(string why, string name)
    {
        var connection = await _server.ConnectAsync();
        await using var tidyConnection = connection.Tidy();

        var error = await connection.ShouldFailWithAsync("VALIDATION_FAILED", "Register", name);

        error.Message.ShouldContain("name", customMessage: why);
        await connection.ShouldFailWithAsync("NOT_REGISTERED", "GetSnapshot");
        await connection.RegisterAsync("Ann");
        await connection.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task A_name_is_kept_in_its_composed_form()
    {
        var connection = await _server.ConnectAsync();
        await using var tidyConnection = connection.Tidy();

        await connection.RegisterAsync("  Zoe\u0301 ");

        connection.Name.ShouldBe("Zo\u00E9");
    }

    [Fact]
    public async Task A_null_name_fails_with_VALIDATION_FAILED()
    {
        var connection = await _server.ConnectAsync();
        await using var tidyConnection = connection.Tidy();

        await connection.ShouldFailRawWithAsync("VALIDATION_FAILED", "Register", "[null]");

        await connection.RegisterAsync("Ann");
        await connection.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task A_name_of_20_characters_is_accepted_and_surrounding_spaces_are_trimmed()
    {
        var longest = await _server.ConnectAsync();
        await using var tidyLongest = longest.Tidy();
        await longest.RegisterAsync(new string('z', 20));
        longest.Name.ShouldBe(new string('z', 20));

        var padded = await _server.ConnectAsync();

        await using var tidyPadded = padded.Tidy();
        await padded.RegisterAsync("   Ann   ");
        padded.Name.ShouldBe("Ann");
    }

    [Fact]
    public async Task A_refused_name_does_not_echo_the_whole_oversized_value_back()
    {
        var connection = await _server.ConnectAsync();
        await using var tidyConnection = connection.Tidy();

        var error = await connection.ShouldFailWithAsync("VALIDATION_FAILED", "Register", new string('q', 10_000));

        error.Message.Length.ShouldBeLessThan(1_000, "an error should name the rule, not repeat a 10,000 character value");
    }
}
