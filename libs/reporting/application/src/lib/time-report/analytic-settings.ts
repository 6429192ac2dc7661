/**
 * Run first in a transaction that then runs one large analytic statement (report totals, an export's rows).
 * JIT compilation costs more than it saves on these, and enough memory lets the leaf grouping hash (the planner
 * overestimates the number of groups and would otherwise sort on disk). `set_config(..., true)` is local to the
 * transaction, so a pooled connection goes back to the pool with its defaults.
 */
export const ANALYTIC_SETTINGS_SQL = `select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`;
