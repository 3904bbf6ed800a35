-- Headless Neovim 0.7 (Debian) as an LSP client of the Policy Lens server.
-- Run by scripts/editor/nvim-test.mjs:
--   nvim --headless --clean -n -c "luafile test/editor/nvim/lsp-test.lua"
-- with POLICY_LENS_NVIM_FILE (the Markdown file), POLICY_LENS_NVIM_ROOT (workspace root),
-- POLICY_LENS_NVIM_CMD (JSON array: the server command), POLICY_LENS_NVIM_RESULT (where to write JSON)
-- and POLICY_LENS_NVIM_TIMEOUT_MS. This file drives the editor and records what it saw (raw LSP
-- diagnostics, Neovim's own diagnostics, hover, code actions, the buffer after the fix); the Node
-- script asserts on it. Neovim 0.7 has no vim.lsp.start: start_client + buf_attach_client.

local env = vim.env
local result = { steps = {}, nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }
local timeout = tonumber(env.POLICY_LENS_NVIM_TIMEOUT_MS or '20000')
local RULE = 'eligibility/disjunction'

local function write_result()
  local f = assert(io.open(env.POLICY_LENS_NVIM_RESULT, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function step(name) table.insert(result.steps, name) end

-- Raw publishDiagnostics, kept as the server sent them: vim.diagnostic.get() reports byte columns.
local published = {} -- list of { version, diagnostics }
local function on_publish(err, params, ctx, config)
  table.insert(published, { version = params.version, diagnostics = params.diagnostics })
  return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
end
local function latest() return published[#published] end
local function find_rule(diags)
  for _, d in ipairs(diags or {}) do
    if d.code == RULE then return d end
  end
end

local function run()
  step('start')
  local cmd = vim.fn.json_decode(env.POLICY_LENS_NVIM_CMD)
  local stderr_lines = {}
  local exited
  local client_id = vim.lsp.start_client({
    name = 'policy-lens',
    cmd = cmd,
    root_dir = env.POLICY_LENS_NVIM_ROOT,
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')

  vim.cmd('edit ' .. vim.fn.fnameescape(env.POLICY_LENS_NVIM_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')

  step('diagnostics')
  -- vim.wait runs the event loop until the predicate holds (bounded): no fixed sleep.
  local ok = vim.wait(timeout, function() return exited ~= nil or find_rule((latest() or {}).diagnostics) ~= nil end, 20)
  if exited then error('server exited: ' .. vim.inspect(exited)) end
  if not ok then error('no ' .. RULE .. ' diagnostic within ' .. timeout .. ' ms; published: ' .. vim.inspect(published)) end
  local client = vim.lsp.get_client_by_id(client_id)
  result.offset_encoding = client.offset_encoding
  result.server_name = (client.server_capabilities and client.server_capabilities.serverInfo) or nil
  local raw = find_rule(latest().diagnostics)
  result.raw_diagnostic = raw
  local line = vim.api.nvim_buf_get_lines(bufnr, raw.range.start.line, raw.range.start.line + 1, true)[1]
  result.line = line
  -- What Neovim itself stores (byte columns), for comparison.
  result.nvim_diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.nvim_diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  -- UTF-16 → byte index through Neovim's own converter; the text there must be the flagged text.
  local start_byte = vim.str_byteindex(line, raw.range.start.character, true)
  local end_byte = vim.str_byteindex(line, raw.range['end'].character, true)
  result.flagged_by_utf16 = line:sub(start_byte + 1, end_byte)

  step('hover')
  local pos = { line = raw.range.start.line, character = raw.range.start.character + 3 }
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, timeout)
  local h = hover and hover[client_id]
  if not h or h.err or not h.result then error('no hover: ' .. vim.inspect(hover)) end
  local contents = h.result.contents
  result.hover = type(contents) == 'table' and (contents.value or vim.inspect(contents)) or tostring(contents)

  step('code actions')
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = raw.range,
    context = { diagnostics = { raw }, only = { 'quickfix' } },
  }, timeout)
  local a = actions and actions[client_id]
  if not a or a.err or not a.result then error('no code actions: ' .. vim.inspect(actions)) end
  result.actions = {}
  local preferred
  for _, act in ipairs(a.result) do
    table.insert(result.actions, { title = act.title, isPreferred = act.isPreferred or false, kind = act.kind })
    if act.isPreferred then preferred = act end
  end
  if not preferred then error('no preferred code action among ' .. #a.result) end
  result.preferred_title = preferred.title

  step('apply preferred fix (utf-16)')
  local before_count = #published
  result.before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n')
  -- POLICY_LENS_NVIM_APPLY_ENCODING lets a reviewer see the test fail with the wrong encoding ('utf-8').
  vim.lsp.util.apply_workspace_edit(preferred.edit, env.POLICY_LENS_NVIM_APPLY_ENCODING or 'utf-16')
  result.after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n')

  step('diagnostics after the fix')
  ok = vim.wait(timeout, function()
    return #published > before_count and find_rule(latest().diagnostics) == nil
  end, 20)
  result.cleared = ok
  result.after_diagnostics = latest().diagnostics

  step('stop')
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited ~= nil end, 20)
  result.exit = exited
end

local ok, err = xpcall(run, debug.traceback)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qa!')
