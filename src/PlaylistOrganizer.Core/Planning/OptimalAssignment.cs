namespace PlaylistOrganizer.Core.Planning;

/// <summary>
/// The assignment problem: give each row its own column so that the summed cost is least (Hungarian algorithm with
/// potentials, O(rows² · columns)). Used to pick which original playlists to reuse for which categories: a greedy choice
/// can block a better pairing elsewhere.
/// </summary>
public static class OptimalAssignment
{
    /// <summary>Returns, for each row, the column it gets. Requires rows ≤ columns.</summary>
    public static int[] Solve(long[,] cost)
    {
        int rows = cost.GetLength(0), columns = cost.GetLength(1);
        if (rows > columns) throw new ArgumentException("Needs at least as many columns as rows.", nameof(cost));

        // 1-based arrays as in the classic formulation; index 0 is the virtual start.
        var rowPotential = new long[rows + 1];
        var columnPotential = new long[columns + 1];
        var rowOfColumn = new int[columns + 1];
        var previousColumn = new int[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            rowOfColumn[0] = row;
            var column0 = 0;
            var slack = Enumerable.Repeat(long.MaxValue, columns + 1).ToArray();
            var used = new bool[columns + 1];
            do
            {
                used[column0] = true;
                int currentRow = rowOfColumn[column0], nextColumn = 0;
                var delta = long.MaxValue;
                for (var column = 1; column <= columns; column++)
                {
                    if (used[column]) continue;
                    var reduced = cost[currentRow - 1, column - 1] - rowPotential[currentRow] - columnPotential[column];
                    if (reduced < slack[column])
                    {
                        slack[column] = reduced;
                        previousColumn[column] = column0;
                    }
                    if (slack[column] < delta)
                    {
                        delta = slack[column];
                        nextColumn = column;
                    }
                }
                for (var column = 0; column <= columns; column++)
                {
                    if (used[column])
                    {
                        rowPotential[rowOfColumn[column]] += delta;
                        columnPotential[column] -= delta;
                    }
                    else
                    {
                        slack[column] -= delta;
                    }
                }
                column0 = nextColumn;
            }
            while (rowOfColumn[column0] != 0);
            do
            {
                var previous = previousColumn[column0];
                rowOfColumn[column0] = rowOfColumn[previous];
                column0 = previous;
            }
            while (column0 != 0);
        }

        var columnOfRow = new int[rows];
        for (var column = 1; column <= columns; column++)
        {
            if (rowOfColumn[column] != 0) columnOfRow[rowOfColumn[column] - 1] = column - 1;
        }
        return columnOfRow;
    }
}
