using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Tells the drawer why a sent canvas call was refused (CanvasRefused with the stable code, the method and the
/// stroke id). Registered first, so that it sees the coded HubException every other filter and the metrics saw.
/// </summary>
internal sealed class SentCanvasRefusalFilter : IHubFilter
{
    private const string Marker = ": ";

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next) =>
        SentCanvasCalls.SentMethodOf(invocationContext.HubMethodName) is { } method ? ReportingRefusalAsync(method, invocationContext, next) : next(invocationContext);

    private static async ValueTask<object?> ReportingRefusalAsync(string method, HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refused)
        {
            var text = refused.Message;
            var split = text.IndexOf(Marker, StringComparison.Ordinal);
            var refusal = new CanvasRefusedDto(
                method,
                StrokeIdOf(invocationContext.HubMethodArguments),
                split < 0 ? ErrorCodes.InternalError : text[..split],
                split < 0 ? text : text[(split + Marker.Length)..]);
            await ((Hub<IGameClient>)invocationContext.Hub).Clients.Caller.CanvasRefused(refusal);
            return null;
        }
    }

    private static int? StrokeIdOf(IReadOnlyList<object?> arguments) => arguments.Count == 0 ? null : arguments[0] switch
    {
        StrokeBatchDto batch => batch.StrokeId,
        FillDto fill => fill.StrokeId,
        int strokeId => strokeId,
        _ => null,
    };
}
