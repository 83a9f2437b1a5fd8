using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Players;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Players;

public sealed class InMemoryPlayerSessionStoreTests
{
    private readonly ManualClock _clock = new();
    private readonly InMemoryPlayerSessionStore _store;

    public InMemoryPlayerSessionStoreTests() => _store = new InMemoryPlayerSessionStore(_clock);

    [Fact]
    public async Task An_identity_without_connection_and_room_is_forgotten_after_the_retention()
    {
        var session = await RegisterAsync("conn-1");
        await _store.UnbindAsync("conn-1");
        _clock.Advance(TimeSpan.FromHours(2));

        (await _store.ForgetIdleAsync(_clock.GetUtcNow() - TimeSpan.FromHours(3))).ShouldBe(0);
        (await _store.ForgetIdleAsync(_clock.GetUtcNow() - TimeSpan.FromHours(1))).ShouldBe(1);

        (await _store.FindSessionAsync(session.PlayerId)).ShouldBeNull();
        (await _store.FindByTokenHashAsync(session.ResumeTokenHash)).ShouldBeNull();
    }

    [Fact]
    public async Task A_connected_player_or_one_holding_a_seat_is_never_forgotten()
    {
        var connected = await RegisterAsync("conn-1");
        var seated = await RegisterAsync("conn-2");
        await _store.SetRoomAsync(seated.PlayerId, RoomId.New());
        await _store.UnbindAsync("conn-2");
        _clock.Advance(TimeSpan.FromDays(2));

        (await _store.ForgetIdleAsync(_clock.GetUtcNow())).ShouldBe(0);

        (await _store.FindSessionAsync(connected.PlayerId)).ShouldNotBeNull();
        (await _store.FindSessionAsync(seated.PlayerId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Coming_back_restarts_the_idle_time()
    {
        var session = await RegisterAsync("conn-1");
        await _store.UnbindAsync("conn-1");
        _clock.Advance(TimeSpan.FromHours(5));
        await _store.BindAsync(session.PlayerId, "conn-2");
        await _store.UnbindAsync("conn-2");

        (await _store.ForgetIdleAsync(_clock.GetUtcNow() - TimeSpan.FromHours(1))).ShouldBe(0);
    }

    private async Task<PlayerSession> RegisterAsync(string connectionId)
    {
        var session = new PlayerSession(PlayerId.New(), "Ann", Guid.NewGuid().ToString("N"));
        await _store.AddAsync(session);
        await _store.BindAsync(session.PlayerId, connectionId);
        return session;
    }
}
