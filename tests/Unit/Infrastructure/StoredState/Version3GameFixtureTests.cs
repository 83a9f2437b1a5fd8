using System.Text;
using System.Text.Json.Nodes;
using DrawGuess.Domain.Rounds;
using DrawGuess.Infrastructure.Rounds.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// Version 3 of games as released (Fixtures/V3): a version 2 game loads into it without its participants' connection
/// state (the room's members keep it), a version 3 game reads back and writes the same, and written as version 2
/// (during a rollout) it keeps everything else.
/// </summary>
public sealed class Version3GameFixtureTests
{
    public static TheoryData<string> Fixtures => ["game-drawing.json", "game-ended.json", "game-rated.json"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_2_game_is_rewritten_as_the_released_version_3(string name)
    {
        StoredFixtures.Rewrite("V2", name, writeVersion: 3).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V3", name)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_3_game_reads_back_and_writes_the_same(string name)
    {
        StoredFixtures.Rewrite("V3", name, writeVersion: 3).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V3", name)));
    }

    [Fact]
    public void A_version_3_game_stores_no_connection_state()
    {
        var participants = Participants(StoredFixtures.Read("V3", "game-drawing.json"));

        participants.Count.ShouldBe(4);
        participants.ShouldAllBe(p => p!["connected"] == null && p["disconnectedAt"] == null);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Written_as_version_2_a_game_keeps_all_but_who_was_disconnected(string name)
    {
        var asV2 = StoredFixtures.Rewrite("V3", name, writeVersion: 2);
        var released = JsonNode.Parse(StoredFixtures.Read("V2", name))!;
        foreach (var participant in released["state"]!["participants"]!.AsArray())
        {
            participant!["connected"] = true;
            participant["disconnectedAt"] = null;
        }

        JsonNode.DeepEquals(JsonNode.Parse(asV2), released).ShouldBeTrue(asV2);
    }

    [Fact]
    public void A_version_2_game_with_a_disconnected_player_plays_on_as_version_3()
    {
        var game = StoredGame.Read(StoredFixtures.Read("V2", "game-drawing.json"));

        game.Phase.ShouldBe(GamePhase.Drawing);
        game.Participants.Select(p => p.Score).ShouldBe([200, 322, 298, 288]);
        game.CurrentTurn!.Word!.Text.ShouldBe("volcano");
    }

    private static JsonArray Participants(byte[] json) => JsonNode.Parse(json)!["state"]!["participants"]!.AsArray();
}
