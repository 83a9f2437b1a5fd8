using DrawGuess.Application.Players.Contracts;
using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Limits;

/// <summary>
/// The deadline to identify (Limits:RegistrationTimeout) counts the client's silence only: a Resume that the
/// server takes longer than the deadline to answer (a loaded server, a Redis failover) is answered and the
/// player keeps playing, while a connection that never becomes a player is still closed.
/// </summary>
public sealed class SlowResumeTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly DrawGuessServer _server = new();
    private readonly List<HubTestClient> _clients = [];
    private readonly GatedPresence _presence = new();

    public Task InitializeAsync()
    {
        _server.TestServices = services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IPlayerPresence));
            services.Remove(registered);
            services.AddSingleton<IPlayerPresence>(sp =>
            {
                _presence.Inner = (IPlayerPresence)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!);
                return _presence;
            });
        };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _presence.Open();
        await new Tidy(_clients).DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_resume_the_server_answers_after_the_deadline_keeps_the_seat_and_the_connection()
    {
        var ann = await Connect();
        await ann.RegisterAsync("Ann");
        var room = await ann.InvokeAsync("CreateRoom", new { name = "Slow server" });
        ann.Abort();
        var reloaded = await Connect();

        _presence.Close();
        var resuming = reloaded.ResumeAsync(ann.ResumeToken);
        await _presence.Entered.WaitAsync(HubTestClient.DefaultWait);
        _server.Clock.Advance(Deadline + TimeSpan.FromSeconds(5));
        _presence.Open();

        var resumed = await resuming;
        resumed.GetProperty("room").GetProperty("room").GetProperty("roomId").GetString()
            .ShouldBe(room.GetProperty("room").GetProperty("roomId").GetString());
        reloaded.Closed.IsCompleted.ShouldBeFalse("the connection was closed while its Resume was being answered");
        _server.Clock.Advance(Deadline);
        await reloaded.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task After_a_slow_refusal_the_client_has_the_whole_deadline_again_and_no_more()
    {
        var stranger = await Connect();

        _presence.Close();
        var refusal = stranger.InvokeExpectingErrorAsync("Resume", "not-a-token");
        await _presence.Entered.WaitAsync(HubTestClient.DefaultWait);
        _server.Clock.Advance(Deadline + TimeSpan.FromSeconds(5));
        _presence.Open();
        (await refusal).Code.ShouldBe("INVALID_RESUME_TOKEN");

        _server.Clock.Advance(Deadline - TimeSpan.FromSeconds(1));
        await stranger.ShouldFailWithAsync("NOT_REGISTERED", "GetSnapshot");
        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        var closed = await stranger.Closed.WaitAsync(HubTestClient.DefaultWait);
        closed.Error.ShouldNotBeNull().ShouldContain("HubException: REGISTRATION_TIMEOUT: ");
    }

    private async Task<HubTestClient> Connect()
    {
        var client = await _server.ConnectAsync();
        _clients.Add(client);
        return client;
    }

    /// <summary>The server's presence, whose Resume waits while the gate is closed: a deliberately slow dependency.</summary>
    private sealed class GatedPresence : IPlayerPresence
    {
        private TaskCompletionSource _gate = Opened();
        private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IPlayerPresence Inner { get; set; } = null!;

        public Task Entered => _entered.Task;

        public void Close()
        {
            _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Open() => _gate.TrySetResult();

        public async Task<ResumedPlayer> ResumeAsync(string connectionId, string resumeToken)
        {
            _entered.TrySetResult();
            await _gate.Task;
            return await Inner.ResumeAsync(connectionId, resumeToken);
        }

        public Task<PlayerSessionView?> DisconnectAsync(string connectionId) => Inner.DisconnectAsync(connectionId);

        public Task SetRoomAsync(Domain.SharedKernel.PlayerId playerId, Domain.SharedKernel.RoomId? roomId) => Inner.SetRoomAsync(playerId, roomId);

        private static TaskCompletionSource Opened()
        {
            var gate = new TaskCompletionSource();
            gate.SetResult();
            return gate;
        }
    }
}
