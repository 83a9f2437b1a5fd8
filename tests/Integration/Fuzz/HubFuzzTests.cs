using System.Net.WebSockets;
using System.Reflection;
using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Cluster;
using DrawGuess.IntegrationTests.Support;
using DrawGuess.WebApi.Realtime;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Fuzz;

/// <summary>
/// A seeded fuzz of the hub: thousands of random calls (every GameHub method, plausible and hostile
/// arguments) from connections in every state — unregistered, in the lobby, in a waiting room, while the
/// drawer chooses, while drawing (as drawer and as guesser), after the game — with the clock moving now
/// and then. Every answer must be a success or a code of docs/protocol.md's error list (never
/// INTERNAL_ERROR), the connection must stay open unless the frame was over the documented 32 KB, and the
/// server must stay healthy. Canvas calls are also sent without an invocation id now and then: their refusals
/// (CanvasRefused) must carry documented codes too. The same run is made over JSON and over MessagePack. DRAWGUESS_FUZZ_SEED and DRAWGUESS_FUZZ_ITERATIONS choose another or longer
/// run (README "Tests"); a failure prints both.
/// </summary>
public sealed class HubFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int MaximumFrameBytes = 32 * 1024;
    private static readonly string[] Methods = typeof(GameHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.Name != nameof(GameHub.OnDisconnectedAsync))
        .Select(m => m.Name)
        .Order()
        .ToArray();

    private static readonly string[] CanvasMethods = ["DrawStroke", "Fill", "ClearCanvas", "Undo", "Redo"];

    private readonly DrawGuessServer _server = new();
    private readonly IReadOnlySet<string> _documentedCodes = RepositoryFiles.DocumentedErrorCodes();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(HubWireProtocol.Json)]
    [InlineData(HubWireProtocol.MessagePack)]
    public async Task Random_calls_in_every_connection_state_get_documented_answers_and_leave_connections_and_server_usable(HubWireProtocol protocol)
    {
        _server.HubProtocol = protocol;
        var seed = Setting("DRAWGUESS_FUZZ_SEED", 22);
        var iterations = Setting("DRAWGUESS_FUZZ_ITERATIONS", 3000);
        var random = new Random(seed);
        var log = new FuzzLog();
        try
        {
            var stages = Enum.GetValues<FuzzStage>();
            foreach (var stage in stages) await RunStageAsync(stage, iterations / stages.Length, random, log);
            _server.Logs.Lines.Where(line => line.StartsWith("Error DrawGuess", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal))
                .ShouldBeEmpty("the server logged a fault of its own");
        }
        catch (Exception failure)
        {
            throw new ShouldAssertException(
                $"Hub fuzz failed ({protocol}): DRAWGUESS_FUZZ_SEED={seed} DRAWGUESS_FUZZ_ITERATIONS={iterations}{Environment.NewLine}{log}{Environment.NewLine}{failure}", failure);
        }
        output.WriteLine($"DRAWGUESS_FUZZ_SEED={seed}: {log.Calls} calls. {log}");
        log.Calls.ShouldBeGreaterThanOrEqualTo(iterations - Enum.GetValues<FuzzStage>().Length);
    }

    private async Task RunStageAsync(FuzzStage stage, int calls, Random random, FuzzLog log)
    {
        await using var world = await FuzzWorld.EnterAsync(_server, stage);
        var inputs = new HubFuzzInputs(random);
        for (var i = 0; i < calls; i++)
        {
            if (stage != FuzzStage.Unregistered && random.Next(40) == 0) _server.Clock.Advance(TimeSpan.FromSeconds(random.Next(1, 9)));
            var actor = world.Actors[random.Next(world.Actors.Count)];
            var method = Methods[random.Next(Methods.Length)];
            var arguments = inputs.For(method, actor, world);
            var send = CanvasMethods.Contains(method) && random.Next(4) == 0;
            log.Record(stage, actor, send ? $"{method} (sent)" : method, arguments);
            await CallAsync(world, actor, method, arguments, send, log);
        }
        foreach (var actor in world.Actors) await ShouldAnswerAsync(actor);
        foreach (var refusal in world.Actors.SelectMany(a => a.Client.All("CanvasRefused")))
        {
            var code = refusal.GetProperty("code").GetString()!;
            code.ShouldNotBe("INTERNAL_ERROR", refusal.ToString());
            _documentedCodes.ShouldContain(code, $"undocumented refusal: {refusal}");
        }
        using var http = _server.CreateClient();
        (await http.GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue("the server is healthy");
    }

    private async Task CallAsync(FuzzWorld world, FuzzActor actor, string method, string arguments, bool send, FuzzLog log)
    {
        var frameBytes = 0;
        try
        {
            if (send)
            {
                await actor.Client.SendRawCallAsync(method, arguments);
                frameBytes = actor.Client.LastFrameBytes;
                if (frameBytes > MaximumFrameBytes) throw new WebSocketException("a sent frame over 32 KB");
                return;
            }
            var call = actor.Client.InvokeRawAsync(method, arguments);
            frameBytes = actor.Client.LastFrameBytes;
            await call;
            frameBytes.ShouldBeLessThan(MaximumFrameBytes + 64, "a frame over 32 KB was answered instead of closing the connection");
        }
        catch (HubCallException error)
        {
            log.Answered(error.Code);
            error.Code.ShouldNotBe("INTERNAL_ERROR", error.Message);
            _documentedCodes.ShouldContain(error.Code, $"undocumented answer: {error.Message}");
            error.Message.ShouldContain("HubException: ", customMessage: error.Message);
        }
        catch (WebSocketException) when (frameBytes > MaximumFrameBytes - 64)
        {
            (await actor.Client.Closed.WaitAsync(HubTestClient.DefaultWait)).Error.ShouldNotBeNull().ShouldContain("PROTOCOL_ERROR");
            log.Closed();
            await world.ReconnectAsync(actor);
            return;
        }
        actor.Client.IsOpen.ShouldBeTrue($"{actor.Client.Name}'s connection closed after {method}");
    }

    /// <summary>The connection still answers: with a snapshot, or with the documented code of its state.</summary>
    private static async Task ShouldAnswerAsync(FuzzActor actor)
    {
        actor.Client.IsOpen.ShouldBeTrue($"{actor.Client.Name}'s connection was closed");
        try
        {
            (await actor.Client.InvokeAsync("GetSnapshot")).GetProperty("you").GetString().ShouldNotBeNullOrEmpty();
        }
        catch (HubCallException error)
        {
            error.Code.ShouldBeOneOf("NOT_IN_ROOM", "NOT_REGISTERED", "RATE_LIMITED");
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}

/// <summary>The connection state a fuzz stage starts from.</summary>
internal enum FuzzStage
{
    Unregistered,
    Lobby,
    RoomWaiting,
    Choosing,
    Drawing,
    AfterGame,
}

internal sealed class FuzzActor(HubTestClient client)
{
    public HubTestClient Client { get; set; } = client;
}

/// <summary>The connections of one stage and what a plausible call may name: the room and the players.</summary>
internal sealed class FuzzWorld(DrawGuessServer server, List<FuzzActor> actors, string? roomId, string? roomCode) : IAsyncDisposable
{
    public IReadOnlyList<FuzzActor> Actors => actors;
    public string? RoomId => roomId;
    public string? RoomCode => roomCode;
    public IReadOnlyList<string> PlayerIds => actors.Select(a => a.Client.PlayerId).Where(id => id.Length > 0).ToArray();

    public static async Task<FuzzWorld> EnterAsync(DrawGuessServer server, FuzzStage stage)
    {
        if (stage == FuzzStage.Unregistered) return new FuzzWorld(server, [new(await server.ConnectAsync()), new(await server.ConnectAsync())], null, null);
        if (stage == FuzzStage.Lobby)
        {
            var ann = await server.PlayerAsync("Ann");
            await ann.InvokeAsync("WatchLobby");
            return new FuzzWorld(server, [new(ann), new(await server.PlayerAsync("Bob"))], null, null);
        }
        var names = stage == FuzzStage.AfterGame ? new[] { "Ann", "Bob" } : ["Ann", "Bob", "Cid"];
        var table = await GameTable.SeatAsync(server, GameTable.Settings(), names);
        switch (stage)
        {
            case FuzzStage.Choosing:
                await table.Host.InvokeAsync("StartGame");
                await table.DrawerOfTurnAsync(1);
                break;
            case FuzzStage.Drawing:
                await table.StartDrawingAsync();
                break;
            case FuzzStage.AfterGame:
                await table.PlayTwoPlayerGameAsync();
                break;
        }
        return new FuzzWorld(server, table.Players.Select(p => new FuzzActor(p)).ToList(), table.RoomId, table.Code);
    }

    /// <summary>After a documented close: a new connection, resumed when the old one had an identity.</summary>
    public async Task ReconnectAsync(FuzzActor actor)
    {
        var old = actor.Client;
        actor.Client = await server.ConnectAsync();
        if (old.ResumeToken.Length > 0) await actor.Client.ResumeAsync(old.ResumeToken);
        await new Tidy([old]).DisposeAsync();
    }

    public ValueTask DisposeAsync() => new Tidy(actors.Select(a => a.Client).ToArray()).DisposeAsync();
}

/// <summary>What the fuzz did, printed with a failure: the last calls and a count of the answers.</summary>
internal sealed class FuzzLog
{
    private readonly Queue<string> _recent = new();
    private readonly SortedDictionary<string, int> _answers = new(StringComparer.Ordinal);

    public int Calls { get; private set; }

    public void Record(FuzzStage stage, FuzzActor actor, string method, string arguments)
    {
        Calls++;
        if (_recent.Count == 5) _recent.Dequeue();
        _recent.Enqueue($"#{Calls} [{stage}] {actor.Client.Name}: {method}({(arguments.Length > 300 ? arguments[..300] + $"... ({arguments.Length} chars)" : arguments)})");
    }

    public void Answered(string code) => _answers[code] = _answers.GetValueOrDefault(code) + 1;

    public void Closed() => Answered("(closed: frame over 32 KB)");

    public override string ToString() =>
        $"Last calls:{Environment.NewLine}{string.Join(Environment.NewLine, _recent)}{Environment.NewLine}Errors so far: {string.Join(", ", _answers.Select(a => $"{a.Key}={a.Value}"))}";
}
