-- Drives targetspec's language server from neovim's built-in LSP client (neovim 0.7 or newer), headless,
-- as a user would: open a target file, read the diagnostics, hover, complete, apply the preferred quick
-- fix, and read the diagnostics again. Writes what it saw as JSON to $TS_OUT, then quits.
-- Environment: TS_CMD (the server command, words separated by tabs), TS_FILE, TS_HOVER and
-- TS_COMPLETE ("line:character", 0-based), TS_OUT.
local out = { steps = {} }
local function step(name, value) out.steps[#out.steps + 1] = name; out[name] = value end
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.TS_OUT)
  vim.cmd('qall!')
end
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.TS_FILE))
  local buf = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = 'targetspec',
    cmd = vim.split(vim.env.TS_CMD, '\t'),
    root_dir = vim.fn.fnamemodify(vim.env.TS_FILE, ':h'),
  })
  step('client', client ~= nil)
  vim.lsp.buf_attach_client(buf, client)

  local function targetspec_diagnostics()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == 'targetspec' then
        local lsp = d.user_data and d.user_data.lsp or {}
        found[#found + 1] = { line = d.lnum, col = d.col, message = d.message, code = lsp.code }
      end
    end
    return found
  end

  vim.wait(120000, function() return #targetspec_diagnostics() > 0 end, 50)
  step('diagnostics', targetspec_diagnostics())

  local uri = vim.uri_from_bufnr(buf)
  local function position(spec)
    local line, character = spec:match('(%d+):(%d+)')
    return { line = tonumber(line), character = tonumber(character) }
  end
  local function request(method, params)
    local answers = vim.lsp.buf_request_sync(buf, method, params, 30000) or {}
    for _, a in pairs(answers) do
      if a.result then return a.result end
    end
    return nil
  end

  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = position(vim.env.TS_HOVER) })
  step('hover', hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL)

  local completion = request('textDocument/completion', { textDocument = { uri = uri }, position = position(vim.env.TS_COMPLETE) })
  local labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do labels[#labels + 1] = item.label end
  step('completion', labels)

  -- The code actions for the first diagnostic, as :lua vim.lsp.buf.code_action() asks for them.
  local first = vim.lsp.diagnostic.get_line_diagnostics(buf, out.diagnostics[1].line)
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = first[1].range,
    context = { diagnostics = first },
  }) or {}
  local titles, preferred = {}, nil
  for _, a in ipairs(actions) do
    titles[#titles + 1] = a.title
    if a.isPreferred and not preferred then preferred = a end
  end
  step('actions', titles)
  step('applied', preferred and preferred.title or vim.NIL)
  if preferred then
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  end
  vim.wait(60000, function() return #targetspec_diagnostics() == 0 end, 50)
  step('after', targetspec_diagnostics())
  vim.cmd('write')
end)
if not ok then out.error = tostring(err) end
finish()
