using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rounds;

/// <summary>The drawer's words to choose from, and asking once per turn for others.</summary>
public sealed class WordOptionsTests
{
    private static void ShouldFailWith(Action action, string code) =>
        Should.Throw<GameRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void The_drawer_who_asks_for_other_words_gets_the_next_deal_and_the_choosing_time_runs_on()
    {
        var t = TestGame.Start(players: 3);
        var deadline = t.Turn.PhaseEndsAt;
        t.Events();
        t.Clock.AdvanceSeconds(5);

        t.Game.ChangeWordOptions(t.Drawer);

        t.Turn.Options.ShouldBe(["rainbow", "volcano", "bicycle"]);
        t.Turn.PhaseEndsAt.ShouldBe(deadline);
        t.Game.CanChangeWordOptions.ShouldBeFalse();
        t.Events().ShouldBe([new WordOptionsChangedDomainEvent(t.Turn.Id)]);
    }

    [Fact]
    public void The_word_is_chosen_among_the_new_words_and_the_next_turn_deals_after_them()
    {
        var t = TestGame.Start(players: 3);
        t.Game.ChangeWordOptions(t.Drawer);

        t.Choose(1);

        t.Turn.Word!.Text.ShouldBe("volcano");
        t.Wait(90);
        t.Wait(5);
        t.Turn.Options.ShouldBe(["lighthouse", "snowman", "umbrella"]);
        t.Game.CanChangeWordOptions.ShouldBeTrue();
    }

    [Fact]
    public void When_choosing_times_out_after_a_change_a_new_word_is_drawn()
    {
        var t = TestGame.Start(players: 3);
        t.Game.ChangeWordOptions(t.Drawer);
        t.Random.Enqueue(0);

        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(15));

        t.Turn.Word!.Text.ShouldBe("rainbow");
    }

    [Fact]
    public void Asking_a_second_time_in_a_turn_fails_with_NO_OTHER_WORDS_and_keeps_the_new_words()
    {
        var t = TestGame.Start(players: 3);
        t.Game.ChangeWordOptions(t.Drawer);

        ShouldFailWith(() => t.Game.ChangeWordOptions(t.Drawer), ErrorCodes.NoOtherWords);
        t.Turn.Options.ShouldBe(["rainbow", "volcano", "bicycle"]);
    }

    [Fact]
    public void A_word_list_shorter_than_two_deals_offers_no_other_words()
    {
        var t = TestGame.Start(players: 3, deck: ["apple", "banana", "cherry", "grape", "lemon"]);

        t.Game.CanChangeWordOptions.ShouldBeFalse();
        ShouldFailWith(() => t.Game.ChangeWordOptions(t.Drawer), ErrorCodes.NoOtherWords);
        t.Turn.Options.ShouldBe(["apple", "banana", "cherry"]);
    }

    [Fact]
    public void Only_the_drawer_may_ask_and_only_while_choosing()
    {
        var t = TestGame.Start(players: 3);
        ShouldFailWith(() => t.Game.ChangeWordOptions(t.P(2)), ErrorCodes.NotDrawer);

        t.Choose();

        ShouldFailWith(() => t.Game.ChangeWordOptions(t.Drawer), ErrorCodes.WrongPhase);
        t.Game.CanChangeWordOptions.ShouldBeFalse();
        t.Turn.Word!.Text.ShouldBe("elephant");
    }
}
