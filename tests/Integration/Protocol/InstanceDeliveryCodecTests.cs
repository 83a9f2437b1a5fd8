using DrawGuess.WebApi.Realtime;
using DrawGuess.WebApi.Realtime.MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace DrawGuess.IntegrationTests.Protocol;

/// <summary>What one instance publishes for another's connections (ADR 0020) reads back as it was written, in each protocol.</summary>
public sealed class InstanceDeliveryCodecTests
{
    private static readonly IHubProtocol[] Protocols =
    [
        new GameHubProtocol(Options.Create(new JsonHubProtocolOptions())),
        new GameMessagePackHubProtocol(Options.Create(new JsonHubProtocolOptions())),
    ];

    [Fact]
    public void A_delivery_reads_back_with_its_connections_and_the_message_as_each_protocol_writes_it()
    {
        var invocation = new InvocationMessage("Canvas", [new { strokeId = 7, points = new[] { 1, 2, 3, 4 } }]);

        var payload = InstanceDelivery.Encode(["conn-a", "conn-b"], new SerializedHubMessage(invocation), Protocols);

        InstanceDelivery.TryDecode(payload, out var connectionIds, out var message).ShouldBeTrue();
        connectionIds.ShouldBe(["conn-a", "conn-b"]);
        foreach (var protocol in Protocols)
        {
            message.GetSerializedMessage(protocol).ToArray().ShouldBe(protocol.GetMessageBytes(invocation).ToArray(), protocol.Name);
        }
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 0, 0, 0 })] // one connection id announced, none follows
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0x7f })] // 2^31-1 connection ids: must not size an array
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 0, 0, 0, 4, (byte)'j', (byte)'s', (byte)'o', (byte)'n', 9, 0, 0, 0, 1 })] // 9 bytes announced, 1 there
    public void Bytes_that_are_not_a_whole_delivery_are_refused(byte[] payload) =>
        InstanceDelivery.TryDecode(payload, out _, out _).ShouldBeFalse();

    [Fact]
    public void A_delivery_with_bytes_after_its_end_is_refused()
    {
        var payload = InstanceDelivery.Encode(["conn-a"], new SerializedHubMessage(new InvocationMessage("Canvas", [1])), Protocols);

        InstanceDelivery.TryDecode([.. payload, 0], out _, out _).ShouldBeFalse();
    }
}
