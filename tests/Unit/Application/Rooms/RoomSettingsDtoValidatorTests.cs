using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;

namespace DrawGuess.UnitTests.Application.Rooms;

public sealed class RoomSettingsDtoValidatorTests
{
    private readonly RoomSettingsDtoValidator _validator = new();

    private static RoomSettingsDto Valid => new(Name: "Fun room");

    private string[] Errors(RoomSettingsDto settings) =>
        _validator.Validate(settings).Errors.Select(e => e.PropertyName).Distinct().ToArray();

    private static string[] Words(int count, int length = 5) =>
        Enumerable.Range(0, count).Select(i => $"w{i}".PadRight(length, 'x')).ToArray();

    [Fact]
    public void A_name_alone_is_valid()
    {
        Errors(Valid).ShouldBeEmpty();
    }

    [Fact]
    public void Every_field_at_its_allowed_extremes_is_valid()
    {
        Errors(new RoomSettingsDto("R", false, 2, 1, 30, 1, 0, "en", [], false)).ShouldBeEmpty();
        Errors(new RoomSettingsDto(new string('n', 40), true, 12, 10, 240, 5, 5, "ko", Words(200, 30), true)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345678901234567890123456789012345678901")] // 41
    [InlineData("Fun\u0007room")]
    public void Bad_names_are_rejected(string name)
    {
        Errors(Valid with { Name = name }).ShouldBe(["Name"]);
    }

    [Fact]
    public void Names_and_words_that_show_nothing_reorder_text_or_are_not_valid_unicode_are_rejected()
    {
        string[] bad = ["\u200B\u200B", "\u0301", "Fun\u202Eroom", "\u2066Fun\u2069", "Fun\uFFFE", "Fun\uD800room"];

        foreach (var text in bad)
        {
            Errors(Valid with { Name = text }).ShouldBe(["Name"]);
            Errors(Valid with { CustomWords = ["cat", text] }).ShouldBe(["CustomWords[1]"]);
        }
        Errors(Valid with { Name = "🎨🎨", CustomWords = ["🐳", "고양이"] }).ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_name_is_a_validation_error()
    {
        Errors(new RoomSettingsDto(Name: null)).ShouldBe(["Name"]);
    }

    [Fact]
    public void A_name_of_40_characters_with_spaces_around_it_is_valid()
    {
        Errors(Valid with { Name = "  " + new string('n', 40) + "  " }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(8, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Max_players_is_2_to_12(int maxPlayers, bool valid) =>
        Errors(Valid with { MaxPlayers = maxPlayers }).ShouldBe(valid ? [] : ["MaxPlayers"]);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Rounds_is_1_to_10(int rounds, bool valid) =>
        Errors(Valid with { Rounds = rounds }).ShouldBe(valid ? [] : ["Rounds"]);

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(240, true)]
    [InlineData(241, false)]
    public void Drawing_time_is_30_to_240_seconds(int seconds, bool valid) =>
        Errors(Valid with { DrawingSeconds = seconds }).ShouldBe(valid ? [] : ["DrawingSeconds"]);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Words_offered_is_1_to_5(int choices, bool valid) =>
        Errors(Valid with { WordChoices = choices }).ShouldBe(valid ? [] : ["WordChoices"]);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Hints_is_0_to_5(int hints, bool valid) =>
        Errors(Valid with { Hints = hints }).ShouldBe(valid ? [] : ["Hints"]);

    [Theory]
    [InlineData("en", true)]
    [InlineData("ko", true)]
    [InlineData("fr", false)]
    [InlineData("EN", false)]
    [InlineData("", false)]
    public void Language_is_en_or_ko(string language, bool valid) =>
        Errors(Valid with { Language = language }).ShouldBe(valid ? [] : ["Language"]);

    [Fact]
    public void At_most_200_custom_words()
    {
        Errors(Valid with { CustomWords = Words(200) }).ShouldBeEmpty();
        Errors(Valid with { CustomWords = Words(201) }).ShouldBe(["CustomWords"]);
    }

    [Fact]
    public void Custom_words_are_1_to_30_characters()
    {
        Errors(Valid with { CustomWords = ["cat", new string('x', 30)] }).ShouldBeEmpty();
        Errors(Valid with { CustomWords = ["cat", new string('x', 31)] }).ShouldBe(["CustomWords[1]"]);
        Errors(Valid with { CustomWords = ["cat", "  "] }).ShouldBe(["CustomWords[1]"]);
        Errors(Valid with { CustomWords = ["cat", "ca\tt"] }).ShouldBe(["CustomWords[1]"]);
    }

    [Fact]
    public void Custom_words_only_needs_at_least_as_many_words_as_are_offered()
    {
        Errors(Valid with { CustomWordsOnly = true, CustomWords = ["cat", "dog", "owl"] }).ShouldBeEmpty();          // default 3 offered
        Errors(Valid with { CustomWordsOnly = true, CustomWords = ["cat", "dog"] }).ShouldBe(["CustomWordsOnly"]);
        Errors(Valid with { CustomWordsOnly = true, CustomWords = null }).ShouldBe(["CustomWordsOnly"]);
        Errors(Valid with { CustomWordsOnly = true, WordChoices = 2, CustomWords = ["cat", "dog"] }).ShouldBeEmpty();
        Errors(Valid with { CustomWordsOnly = true, WordChoices = 5, CustomWords = ["cat", "dog", "owl", "bee"] }).ShouldBe(["CustomWordsOnly"]);
        Errors(Valid with { CustomWordsOnly = false, CustomWords = ["cat"] }).ShouldBeEmpty();
    }

    [Fact]
    public void Custom_words_only_counts_distinct_words()
    {
        // The game deduplicates custom words case-insensitively, so these are one word and the drawer would get one option, not three.
        Errors(Valid with { CustomWordsOnly = true, CustomWords = ["cat", "Cat", "CAT"] }).ShouldBe(["CustomWordsOnly"]);
    }
}
