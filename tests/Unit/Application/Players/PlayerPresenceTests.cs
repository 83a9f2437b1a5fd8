using DrawGuess.Application.Players;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Players;
using DrawGuess.UnitTests.Support;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Players;

public sealed class PlayerPresenceTests
{
    private readonly InMemoryPlayerSessionStore _store = new(new ManualClock());
    private readonly SecretTokens _tokens = new();
    private readonly IPlayersNotifier _notifier = Substitute.For<IPlayersNotifier>();
    private readonly PlayerPresence _presence;

    public PlayerPresenceTests() => _presence = new PlayerPresence(_store, _tokens, _notifier);

    [Fact]
    public async Task Resuming_in_a_second_tab_moves_the_player_there_and_tells_the_first_tab()
    {
        var (ann, token) = await RegisterAsync("tab-1");
        var room = RoomId.New();
        await _presence.SetRoomAsync(ann, room);

        var (player, replaced) = await _presence.ResumeAsync("tab-2", token);

        player.PlayerId.ShouldBe(ann);
        player.RoomId.ShouldBe(room);
        replaced.ShouldBe("tab-1");
        await _notifier.Received(1).SessionReplaced("tab-1");
        (await _store.FindByConnectionAsync("tab-1")).ShouldBeNull();
        (await _store.FindByConnectionAsync("tab-2"))!.PlayerId.ShouldBe(ann);
    }

    [Fact]
    public async Task Resuming_on_the_connection_already_bound_replaces_nothing()
    {
        var (_, token) = await RegisterAsync("tab-1");

        (await _presence.ResumeAsync("tab-1", token)).ReplacedConnection.ShouldBeNull();

        await _notifier.DidNotReceiveWithAnyArgs().SessionReplaced(default!);
    }

    [Fact]
    public async Task An_unknown_token_is_refused_and_binds_nothing()
    {
        var error = await Should.ThrowAsync<GameRuleException>(() => _presence.ResumeAsync("tab-1", "not-a-token"));

        error.Code.ShouldBe(ErrorCodes.InvalidResumeToken);
        (await _store.FindByConnectionAsync("tab-1")).ShouldBeNull();
    }

    [Fact]
    public async Task A_connection_that_speaks_for_another_player_cannot_resume()
    {
        var (ann, token) = await RegisterAsync("tab-1");
        await RegisterAsync("bob-tab");

        (await Should.ThrowAsync<GameRuleException>(() => _presence.ResumeAsync("bob-tab", token))).Code.ShouldBe(ErrorCodes.ValidationFailed);

        (await _store.FindByConnectionAsync("tab-1"))!.PlayerId.ShouldBe(ann);
    }

    [Fact]
    public async Task Disconnecting_answers_the_player_and_room_only_for_their_current_connection()
    {
        var (ann, token) = await RegisterAsync("tab-1");
        var room = RoomId.New();
        await _presence.SetRoomAsync(ann, room);
        await _presence.ResumeAsync("tab-2", token);

        (await _presence.DisconnectAsync("tab-1")).ShouldBeNull();
        var left = await _presence.DisconnectAsync("tab-2");

        left!.PlayerId.ShouldBe(ann);
        left.RoomId.ShouldBe(room);
        (await _store.FindAsync(ann))!.ConnectionId.ShouldBeNull();
    }

    private async Task<(PlayerId Player, string Token)> RegisterAsync(string connectionId)
    {
        var token = _tokens.NewToken();
        var session = new PlayerSession(PlayerId.New(), "Ann", _tokens.Hash(token));
        await _store.AddAsync(session);
        await _store.BindAsync(session.PlayerId, connectionId);
        return (session.PlayerId, token);
    }
}
