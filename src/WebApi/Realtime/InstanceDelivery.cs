using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// What one instance publishes to another's channel for the connections that instance holds: their ids and the hub
/// message serialised in every protocol the hub speaks, so the receiving instance writes it to each connection as is.
/// Layout (BinaryWriter): the number of ids, each id; the number of protocols, each name and its bytes.
/// </summary>
internal static class InstanceDelivery
{
    public static byte[] Encode(IReadOnlyList<string> connectionIds, SerializedHubMessage message, IReadOnlyList<IHubProtocol> protocols)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(connectionIds.Count);
            foreach (var connectionId in connectionIds) writer.Write(connectionId);
            writer.Write(protocols.Count);
            foreach (var protocol in protocols)
            {
                var bytes = message.GetSerializedMessage(protocol).Span;
                writer.Write(protocol.Name);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>False for bytes that are not such a message (none of ours; a newer or older layout would be one).</summary>
    public static bool TryDecode(byte[] payload, out string[] connectionIds, out SerializedHubMessage message)
    {
        connectionIds = [];
        message = null!;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload, writable: false));
            connectionIds = new string[Count(reader, payload)];
            for (var i = 0; i < connectionIds.Length; i++) connectionIds[i] = reader.ReadString();
            var serialized = new SerializedMessage[Count(reader, payload)];
            for (var i = 0; i < serialized.Length; i++)
            {
                var protocolName = reader.ReadString();
                var length = Count(reader, payload);
                var bytes = reader.ReadBytes(length);
                if (bytes.Length != length) return false; // ReadBytes returns what there is at the end of the stream
                serialized[i] = new SerializedMessage(protocolName, bytes);
            }
            message = new SerializedHubMessage(serialized);
            return reader.BaseStream.Position == payload.Length;
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            return false;
        }
    }

    /// <summary>A count can never exceed the payload's length: a larger one is not ours, and must not size an array.</summary>
    private static int Count(BinaryReader reader, byte[] payload)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= payload.Length ? count : throw new FormatException("Not an instance delivery.");
    }
}
