using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Rooms;

public sealed class InMemoryPlayerSessionStoreTests
{
    private readonly ManualClock _clock = new();
    private readonly InMemoryPlayerSessionStore _store;

    public InMemoryPlayerSessionStoreTests() => _store = new InMemoryPlayerSessionStore(_clock);

    [Fact]
    public void An_identity_without_connection_and_room_is_forgotten_after_the_retention()
    {
        var session = Register("conn-1");
        _store.Unbind("conn-1");
        _clock.Advance(TimeSpan.FromHours(2));

        _store.ForgetIdle(_clock.GetUtcNow() - TimeSpan.FromHours(3)).ShouldBe(0);
        _store.ForgetIdle(_clock.GetUtcNow() - TimeSpan.FromHours(1)).ShouldBe(1);

        _store.FindSession(session.PlayerId).ShouldBeNull();
        _store.FindByTokenHash(session.ResumeTokenHash).ShouldBeNull();
    }

    [Fact]
    public void A_connected_player_or_one_holding_a_seat_is_never_forgotten()
    {
        var connected = Register("conn-1");
        var seated = Register("conn-2");
        _store.SetRoom(seated.PlayerId, RoomId.New());
        _store.Unbind("conn-2");
        _clock.Advance(TimeSpan.FromDays(2));

        _store.ForgetIdle(_clock.GetUtcNow()).ShouldBe(0);

        _store.FindSession(connected.PlayerId).ShouldNotBeNull();
        _store.FindSession(seated.PlayerId).ShouldNotBeNull();
    }

    [Fact]
    public void Coming_back_restarts_the_idle_time()
    {
        var session = Register("conn-1");
        _store.Unbind("conn-1");
        _clock.Advance(TimeSpan.FromHours(5));
        _store.Bind(session.PlayerId, "conn-2");
        _store.Unbind("conn-2");

        _store.ForgetIdle(_clock.GetUtcNow() - TimeSpan.FromHours(1)).ShouldBe(0);
    }

    private PlayerSession Register(string connectionId)
    {
        var session = new PlayerSession(PlayerId.New(), "Ann", Guid.NewGuid().ToString("N"));
        _store.Add(session);
        _store.Bind(session.PlayerId, connectionId);
        return session;
    }
}
