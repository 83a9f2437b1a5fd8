using DrawGuess.Domain.Rooms;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rooms;

public sealed class RoomCodeTests
{
    [Fact]
    public void Invite_codes_have_no_look_alike_characters()
    {
        foreach (var c in "0O1IL") RoomCode.Alphabet.ShouldNotContain(c);
        RoomCode.Alphabet.Length.ShouldBe(31);
    }

    [Fact]
    public void A_code_is_six_characters_drawn_from_the_alphabet()
    {
        var random = new FakeRandom(0, 1, 2, 30, 29, 8);

        var code = RoomCode.Generate(random);

        code.Value.ShouldBe("ABC98J");
        random.Bounds.ShouldBe(Enumerable.Repeat(31, 6));
    }

    [Theory]
    [InlineData("abc98j", "ABC98J")]
    [InlineData("ABC98J", "ABC98J")]
    public void Codes_are_read_case_insensitively(string text, string expected)
    {
        RoomCode.TryParse(text, out var code).ShouldBeTrue();
        code.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABC98")]
    [InlineData("ABC98JK")]
    [InlineData("ABC0DE")] // zero is never used
    [InlineData("ABCIDE")] // nor I
    [InlineData("ABC-DE")]
    public void Anything_else_is_not_a_code(string? text) => RoomCode.TryParse(text, out _).ShouldBeFalse();
}
