using System.Buffers.Binary;
using DrawGuess.Domain.Rounds;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// A turn's canvas as an append-only Redis list of what was done to it (a stroke started or
/// continued, a fill, a clear, an undo, a redo), so that saving a game after a stroke batch writes
/// that batch and not the whole drawing. A reader replays the list through the canvas's own methods.
/// </summary>
internal static class CanvasJournal
{
    private enum Entry : byte
    {
        NewStroke = 1,
        MoreOfStroke = 2,
        Fill = 3,
        Clear = 4,
        Undo = 5,
        Redo = 6,
    }

    /// <summary>
    /// What the stored journal already holds of a canvas: its operations' point counts and undone flags, as of
    /// the canvas's <see cref="Canvas.ChangeMark"/>.
    /// </summary>
    public sealed class Position
    {
        private Position(Canvas canvas, int changeMark, int[] pointCounts, bool[] undone)
        {
            Canvas = canvas;
            ChangeMark = changeMark;
            PointCounts = pointCounts;
            Undone = undone;
        }

        public Canvas Canvas { get; }
        public int ChangeMark { get; }
        public int[] PointCounts { get; }
        public bool[] Undone { get; }

        public static Position Of(Canvas canvas)
        {
            var operations = canvas.Operations;
            var pointCounts = new int[operations.Count];
            var undone = new bool[operations.Count];
            for (var i = 0; i < operations.Count; i++) (pointCounts[i], undone[i]) = (operations[i].Points.Count, operations[i].Undone);
            return new Position(canvas, canvas.ChangeMark, pointCounts, undone);
        }

        /// <summary>
        /// This position brought up to its canvas as it is now, reading only the operations changed since: after each
        /// stroke batch, where reading every operation of a long drawing cost more the longer the turn went on.
        /// </summary>
        public Position Advanced()
        {
            var operations = Canvas.Operations;
            var pointCounts = new int[operations.Count];
            var undone = new bool[operations.Count];
            PointCounts.CopyTo(pointCounts, 0);
            Undone.CopyTo(undone, 0);
            foreach (var i in Canvas.OperationsChangedSince(ChangeMark)) (pointCounts[i], undone[i]) = (operations[i].Points.Count, operations[i].Undone);
            return new Position(Canvas, Canvas.ChangeMark, pointCounts, undone);
        }
    }

    /// <summary>
    /// The entries that bring a journal at <paramref name="stored"/> up to <paramref name="canvas"/>, or, with
    /// <paramref name="rewrite"/> set, the whole journal of the canvas (another canvas, or no known position).
    /// </summary>
    public static List<RedisValue> EntriesSince(Position? stored, Canvas canvas, out bool rewrite)
    {
        var operations = canvas.Operations;
        rewrite = stored is null || !ReferenceEquals(stored.Canvas, canvas) || stored.PointCounts.Length > operations.Count;
        var entries = new List<RedisValue>();
        IEnumerable<int> changed = rewrite ? Enumerable.Range(0, operations.Count) : canvas.OperationsChangedSince(stored!.ChangeMark);
        foreach (var i in changed)
        {
            var operation = operations[i];
            if (!rewrite && i < stored!.PointCounts.Length)
            {
                if (operation.Points.Count > stored.PointCounts[i]) entries.Add(Stroke(Entry.MoreOfStroke, operation, stored.PointCounts[i]));
                if (operation.Undone != stored.Undone[i]) entries.Add(Header(operation.Undone ? Entry.Undo : Entry.Redo, operation.StrokeId));
                continue;
            }
            entries.Add(operation.Kind switch
            {
                CanvasOperationKind.Stroke => Stroke(Entry.NewStroke, operation, 0),
                CanvasOperationKind.Fill => Fill(operation),
                _ => Header(Entry.Clear, operation.StrokeId),
            });
            if (operation.Undone) entries.Add(Header(Entry.Undo, operation.StrokeId));
        }
        return entries;
    }

    /// <summary>Applies a stored journal to an empty canvas, in order.</summary>
    public static void Replay(Canvas canvas, IEnumerable<RedisValue> entries)
    {
        foreach (var value in entries)
        {
            ReadOnlySpan<byte> entry = (byte[])value!;
            var strokeId = BinaryPrimitives.ReadInt32LittleEndian(entry[1..]);
            switch ((Entry)entry[0])
            {
                case Entry.NewStroke or Entry.MoreOfStroke:
                    canvas.AddStrokeBatch(strokeId, (DrawingTool)entry[5], Int(entry, 6), Int(entry, 10), Points(entry[14..]));
                    break;
                case Entry.Fill:
                    canvas.AddFill(strokeId, Int(entry, 5), Int(entry, 9), Int(entry, 13));
                    break;
                case Entry.Clear:
                    canvas.AddClear(strokeId);
                    break;
                case Entry.Undo:
                    canvas.Undo(strokeId);
                    break;
                case Entry.Redo:
                    canvas.Redo(strokeId);
                    break;
                default:
                    throw new InvalidDataException($"Unknown canvas journal entry {entry[0]}.");
            }
        }
    }

    // Layout, little-endian: kind (1 byte), strokeId (4); a stroke adds tool (1), color (4), size (4)
    // and its new points (4 each); a fill adds x, y and color (4 each).
    private static byte[] Header(Entry kind, int strokeId)
    {
        var entry = new byte[5];
        Write(entry, kind, strokeId);
        return entry;
    }

    private static byte[] Stroke(Entry kind, CanvasOperation stroke, int pointsAlreadyStored)
    {
        var points = stroke.Points;
        var entry = new byte[14 + (points.Count - pointsAlreadyStored) * sizeof(int)];
        Write(entry, kind, stroke.StrokeId);
        entry[5] = (byte)stroke.Tool;
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(6), stroke.Color);
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(10), stroke.Size);
        for (var i = pointsAlreadyStored; i < points.Count; i++)
            BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(14 + (i - pointsAlreadyStored) * sizeof(int)), points[i]);
        return entry;
    }

    private static byte[] Fill(CanvasOperation fill)
    {
        var entry = new byte[17];
        Write(entry, Entry.Fill, fill.StrokeId);
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(5), fill.X);
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(9), fill.Y);
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(13), fill.Color);
        return entry;
    }

    private static void Write(byte[] entry, Entry kind, int strokeId)
    {
        entry[0] = (byte)kind;
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(1), strokeId);
    }

    private static int Int(ReadOnlySpan<byte> entry, int offset) => BinaryPrimitives.ReadInt32LittleEndian(entry[offset..]);

    private static int[] Points(ReadOnlySpan<byte> bytes)
    {
        var points = new int[bytes.Length / sizeof(int)];
        for (var i = 0; i < points.Length; i++) points[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * sizeof(int))..]);
        return points;
    }
}
