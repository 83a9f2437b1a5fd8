using System.Net;
using System.Text.Json;
using DrawGuess.Application.Rooms.Commands.WatchLobby;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoom;
using DrawGuess.IntegrationTests.Support;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>An Error line means the server is at fault: exactly one per fault, with its stack trace, on REST and on the hub.</summary>
public sealed class FaultLogTests : IDisposable
{
    private const string Fault = "Injected fault 4f1c";
    private readonly DrawGuessServer _server = new();
    private readonly WebApplicationFactory<Program> _failing;

    public FaultLogTests() =>
        _failing = _server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IRequestHandler<GetRoomQuery, PublicRoomDto>, FailingHandler<GetRoomQuery, PublicRoomDto>>();
            services.AddSingleton<IRequestHandler<WatchLobbyCommand, IReadOnlyList<RoomSummaryDto>>, FailingHandler<WatchLobbyCommand, IReadOnlyList<RoomSummaryDto>>>();
        }));

    [Fact]
    public async Task A_fault_behind_a_REST_call_answers_500_INTERNAL_ERROR_and_is_logged_once_at_Error_with_its_stack_trace()
    {
        using var http = _failing.CreateClient();

        using var response = await http.GetAsync("/api/rooms/ABCDEF");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe("INTERNAL_ERROR");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(Fault, customMessage: "the fault's details stay in the log");
        ShouldBeLoggedOnceWithStackTrace();
    }

    [Fact]
    public async Task A_fault_behind_a_hub_call_answers_INTERNAL_ERROR_and_is_logged_once_at_Error_with_its_stack_trace()
    {
        var socket = await _failing.Server.CreateWebSocketClient()
            .ConnectAsync(new UriBuilder(_failing.Server.BaseAddress) { Scheme = "ws", Path = "/hubs/game" }.Uri, CancellationToken.None);
        await using var ann = await HubTestClient.StartAsync(socket);
        await ann.RegisterAsync("Ann");

        var error = await ann.InvokeExpectingErrorAsync("WatchLobby");

        error.Message.ShouldContain("INTERNAL_ERROR");
        ShouldBeLoggedOnceWithStackTrace();
    }

    private void ShouldBeLoggedOnceWithStackTrace()
    {
        var reports = _server.Logs.Lines.Where(line => line.Contains(Fault, StringComparison.Ordinal)).ToArray();
        reports.Length.ShouldBe(1, string.Join(Environment.NewLine, reports));
        reports[0].ShouldStartWith("Error ");
        reports[0].ShouldContain(nameof(FailingHandler<GetRoomQuery, PublicRoomDto>.Handle), customMessage: "the stack trace");
    }

    public void Dispose()
    {
        _failing.Dispose();
        _server.Dispose();
    }

    private sealed class FailingHandler<TRequest, TResponse> : IRequestHandler<TRequest, TResponse> where TRequest : IRequest<TResponse>
    {
        public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException(Fault);
    }
}
