using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Application.Rounds.EventHandlers;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Rounds;

public sealed class GuessJudgeTests
{
    private readonly IGameRepository _games = Substitute.For<IGameRepository>();
    private readonly IRoundsNotifier _notifier = Substitute.For<IRoundsNotifier>();
    private readonly IGameMetrics _metrics = Substitute.For<IGameMetrics>();
    private readonly TestGame _t = TestGame.Start(players: 3, drawingSeconds: 90);
    private readonly GuessJudge _judge;
    private readonly IServiceProvider _services;

    public GuessJudgeTests()
    {
        _games.FindAsync(_t.Game.RoomId, Arg.Any<RoomFence?>(), Arg.Any<CancellationToken>()).Returns(_t.Game);
        var members = Substitute.For<IRoomMembers>();
        members.SpectatorsAsync(default!, default).ReturnsForAnyArgs([]);
        members.PresenceAsync(default!, default).ReturnsForAnyArgs(_t.Presence);
        var audience = new GameAudience(members);
        _services = new ServiceCollection()
            .AddSingleton<IRoomStateStore<Game>>(new GameStore(_games, Substitute.For<ICommandScheduler>(), members))
            .AddSingleton<IRoomEventHandler<PlayerGuessedDomainEvent>>(new PlayerGuessedDomainEventHandler(_notifier, audience))
            .AddSingleton<IRoomEventHandler<TurnEndedDomainEvent>>(new TurnEndedDomainEventHandler(_notifier, audience, _t.Clock))
            .BuildServiceProvider();
        _judge = new GuessJudge(audience, _t.Clock, _metrics);
    }

    private Task<GuessJudgement> Send(PlayerId player, string text, RoomId? roomId = null) =>
        RoomUnits.RunAsync(_services, roomId ?? _t.Game.RoomId, room => _judge.JudgeAsync(room, player, text, CancellationToken.None));

    [Fact]
    public async Task Without_a_running_game_a_message_is_shown_to_everyone()
    {
        var judgement = await Send(_t.P(2), "elephant", RoomId.New());

        judgement.Audience.ShouldBe(MessageAudience.Everyone);
        judgement.IsClose.ShouldBeFalse();
    }

    [Fact]
    public async Task A_correct_guess_is_shown_to_nobody_and_the_guesser_is_told_the_word_and_points()
    {
        _t.Choose(0);
        _t.Clock.AdvanceSeconds(18);

        var judgement = await Send(_t.P(2), "Elephant");

        judgement.Audience.ShouldBe(MessageAudience.Nobody);
        _t.Turn.PointsOf(_t.P(2)).ShouldBe(300);
        await _notifier.Received(1).YouGuessed(_t.P(2), new YouGuessedDto(1, "elephant", 300));
        await _notifier.Received(1).PlayerGuessed(Arg.Any<IReadOnlyCollection<PlayerId>>(),
            new PlayerGuessedDto(1, _t.P(2).ToString(), "P2", 1));
        await _games.Received().SaveAsync(_t.Game, Arg.Any<RoomFence?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_close_guess_is_shown_to_everyone_and_flagged_for_the_guesser()
    {
        _t.Choose(0);

        var judgement = await Send(_t.P(2), "elephnat");

        judgement.Audience.ShouldBe(MessageAudience.Everyone);
        judgement.IsClose.ShouldBeTrue();
        _t.Turn.HasGuessed(_t.P(2)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_wrong_guess_is_an_ordinary_message()
    {
        _t.Choose(0);

        var judgement = await Send(_t.P(2), "a horse?");

        judgement.Audience.ShouldBe(MessageAudience.Everyone);
        judgement.IsClose.ShouldBeFalse();
    }

    [Theory]
    [InlineData("I think elephant or not")]
    [InlineData("an ELEPHANT?")]
    [InlineData("it is e.l.e.p.h.a.n.t, right")]
    public async Task A_guesser_writing_the_word_in_a_sentence_reaches_only_the_sender_the_drawer_and_those_who_guessed(string text)
    {
        _t.Choose(0);
        await Send(_t.P(3), "elephant");

        var judgement = await Send(_t.P(2), text);

        judgement.Audience.ShouldBe(MessageAudience.SenderAndGuessed);
        judgement.Readers.ShouldBe(new HashSet<PlayerId> { _t.P(1), _t.P(2), _t.P(3) }, ignoreOrder: true);
        judgement.IsClose.ShouldBeFalse();
        _t.Turn.HasGuessed(_t.P(2)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_close_guess_that_writes_the_word_keeps_its_close_notice_but_not_its_audience()
    {
        _t.Choose(0);

        var judgement = await Send(_t.P(2), "elephant!");

        judgement.IsClose.ShouldBeTrue();
        judgement.Audience.ShouldBe(MessageAudience.SenderAndGuessed);
        judgement.Readers.ShouldBe(new HashSet<PlayerId> { _t.P(1), _t.P(2) }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("elephants everywhere")]
    [InlineData("a big grey animal")]
    public async Task A_message_without_the_whole_word_goes_to_everyone(string text)
    {
        _t.Choose(0);

        (await Send(_t.P(2), text)).Audience.ShouldBe(MessageAudience.Everyone);
    }

    [Fact]
    public async Task A_room_member_outside_the_game_writing_the_word_reaches_only_those_who_know_it()
    {
        _t.Choose(0);
        var outsider = TestPlayers.Id(9);

        var judgement = await Send(outsider, "elephant");

        judgement.Audience.ShouldBe(MessageAudience.SenderAndGuessed);
        judgement.Readers.ShouldBe(new HashSet<PlayerId> { _t.P(1), outsider }, ignoreOrder: true);
    }

    [Fact]
    public async Task While_choosing_guessers_may_write_any_of_the_options()
    {
        (await Send(_t.P(2), "elephant or penguin?")).Audience.ShouldBe(MessageAudience.Everyone);
    }

    [Fact]
    public async Task After_guessing_a_player_chats_in_the_guessed_channel_and_cannot_score_again()
    {
        _t.Choose(0);
        await Send(_t.P(2), "elephant");

        var judgement = await Send(_t.P(2), "elephant");

        judgement.Audience.ShouldBe(MessageAudience.GuessedOnly);
        judgement.Readers.ShouldBe(new HashSet<PlayerId> { _t.P(1), _t.P(2) }, ignoreOrder: true);
        _t.Turn.GuessedInOrder.ShouldBe([_t.P(2)]);
        await _notifier.Received(1).YouGuessed(_t.P(2), Arg.Any<YouGuessedDto>());
    }

    [Fact]
    public async Task The_drawer_chats_in_the_guessed_channel_while_drawing()
    {
        _t.Choose(0);

        var judgement = await Send(_t.P(1), "come on, it has a trunk");

        judgement.Audience.ShouldBe(MessageAudience.GuessedOnly);
        judgement.Readers.ShouldBe(new HashSet<PlayerId> { _t.P(1) }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("elephant")]
    [InlineData("it is an E-L-E-P-H-A-N-T")]
    [InlineData("ele phants")]
    [InlineData("e.l.e.p.h.a.n.t")]
    [InlineData("e_l_e_p_h_a_n_t!")]
    public async Task The_drawer_writing_the_word_is_refused_with_WORD_IN_MESSAGE(string text)
    {
        _t.Choose(0);

        var error = await Should.ThrowAsync<GameRuleException>(() => Send(_t.P(1), text));

        error.Code.ShouldBe(ErrorCodes.WordInMessage);
        error.Message.ShouldNotContain("elephant", Case.Insensitive);
    }

    [Theory]
    [InlineData("penguin or giraffe?")]
    [InlineData("p.e.n.g.u.i.n")]
    public async Task While_choosing_the_drawer_may_not_write_any_of_the_options(string text)
    {
        var error = await Should.ThrowAsync<GameRuleException>(() => Send(_t.P(1), text));

        error.Code.ShouldBe(ErrorCodes.WordInMessage);
    }

    [Fact]
    public async Task While_choosing_other_messages_from_the_drawer_go_to_everyone()
    {
        var judgement = await Send(_t.P(1), "hmm, let me pick");

        judgement.Audience.ShouldBe(MessageAudience.Everyone);
    }

    [Fact]
    public async Task At_the_reveal_everyone_may_write_the_word()
    {
        _t.Choose(0);
        _t.AdvanceTo(_t.Turn.PhaseEndsAt);

        (await Send(_t.P(1), "it was an elephant")).Audience.ShouldBe(MessageAudience.Everyone);
        (await Send(_t.P(2), "elephant!")).Audience.ShouldBe(MessageAudience.Everyone);
        _t.Score(_t.P(2)).ShouldBe(0);
    }

    [Fact]
    public async Task The_last_correct_guess_ends_the_turn_and_the_reveal_is_sent()
    {
        _t.Choose(0);
        await Send(_t.P(2), "elephant");

        await Send(_t.P(3), "elephant");

        _t.Game.Phase.ShouldBe(GamePhase.Reveal);
        await _notifier.Received(1).TurnEnded(Arg.Any<IReadOnlyCollection<PlayerId>>(), Arg.Is<TurnEndedDto>(e => e.Reason == "allGuessed" && e.Word == "elephant"));
    }
}
