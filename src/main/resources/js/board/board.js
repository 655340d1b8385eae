/*
 * The pipeline board: a column per open stage with the count, value and weighted value the server gives, the cards
 * of the deals the user may browse (most days in the stage first), and drop zones for the outcomes. A card moves by
 * dragging it onto a column or zone, or by its "Move to" menu, which lists the deal's moves as the server answers
 * them; Jira makes the move, and a refusal shows on the card in Jira's words.
 */
define('sales-pipeline/board/board', ['sales-pipeline/common/dom', 'sales-pipeline/common/rest',
    'sales-pipeline/common/text', 'sales-pipeline/board/common', 'sales-pipeline/board/move',
    'sales-pipeline/board/reason', 'sales-pipeline/common/language'],
function (dom, rest, textHelpers, common, mover, reason, language) {
    'use strict';

    var el = dom.el;
    var text = common.text;
    var OUTCOMES_WITH_REASON = ['LOST', 'DISQUALIFIED'];

    function Board(container) {
        this.container = container;
        this.projectKey = container.getAttribute('data-project-key');
        this.filters = { owner: '', closeFrom: '', closeTo: '', q: '' };
        this.dragged = null;
        this.answer = null;
    }

    Board.prototype.path = function () {
        return rest.project(this.projectKey) + '/board';
    };

    /** Loads the user's language first: its messages, and the board's direction (right to left for Hebrew). */
    Board.prototype.start = function () {
        var board = this;
        return language.load().then(function () {
            language.apply(board.container);
            return board.build();
        });
    };

    /** Draws the filters with the ones the user last kept on this board, then the board with them. */
    Board.prototype.build = function () {
        var board = this;
        this.filterForm = this.renderFilters();
        this.errors = el('div.sp-board-errors', { role: 'alert' });
        this.columns = el('div.sp-board-columns');
        dom.replace(this.container, [this.filterForm, this.errors, this.columns]);
        var owners = rest.get(rest.project(this.projectKey) + '/owners').then(function (answer) {
            board.fillOwners(answer.owners || []);
        }, function () {
            board.ownerField.hidden = true;
        });
        var kept = rest.get(this.path() + '/filters').then(null, function () { return {}; });
        return Promise.all([owners, kept]).then(function (answers) {
            board.showFilters(answers[1] || {});
            return board.load();
        });
    };

    /** Puts filters into the form and makes them the board's. */
    Board.prototype.showFilters = function (filters) {
        var board = this;
        dom.all(this.filterForm, '[data-filter]').forEach(function (input) {
            var value = filters[input.getAttribute('data-filter')];
            input.value = value === null || value === undefined ? '' : value;
        });
        this.filters = {};
        dom.all(this.filterForm, '[data-filter]').forEach(function (input) {
            board.filters[input.getAttribute('data-filter')] = input.value.trim();
        });
    };

    /** Reads the board with the current filters and draws it; a refused filter shows beside its field. */
    Board.prototype.load = function () {
        var board = this;
        dom.clear(this.errors);
        dom.all(this.filterForm, '.error').forEach(function (each) { dom.clear(each); });
        return rest.get(this.path(), this.filters).then(function (answer) {
            board.answer = answer;
            board.draw();
            return true;
        }, function (failure) {
            failure.errors.forEach(function (error) {
                var place = error.field && board.filterForm.querySelector('[data-error-for="' + error.field + '"]');
                dom.append(place || board.errors, el('p', error.message));
            });
            return false;
        });
    };

    Board.prototype.renderFilters = function () {
        var board = this;
        function field(name, label, input) {
            input.setAttribute('data-filter', name);
            return el('div.field-group.sp-board-filter', [el('label', { htmlFor: input.id }, label), input,
                el('div.error', { 'data-error-for': name })]);
        }
        this.ownerSelect = el('select.select', { id: 'sp-board-owner' },
            [el('option', { value: '' }, text('sales-pipeline.board.filter.owner.any'))]);
        this.ownerField = field('owner', text('sales-pipeline.board.filter.owner'), this.ownerSelect);
        var form = el('form.aui.sp-board-filters', { 'aria-label': text('sales-pipeline.board.filter.title') }, [
            this.ownerField,
            field('closeFrom', text('sales-pipeline.board.filter.close-from'),
                el('input.text.medium-field', { id: 'sp-board-close-from', type: 'date' })),
            field('closeTo', text('sales-pipeline.board.filter.close-to'),
                el('input.text.medium-field', { id: 'sp-board-close-to', type: 'date' })),
            field('q', text('sales-pipeline.board.filter.text'), el('input.text', { id: 'sp-board-text', type: 'search',
                maxLength: 100, placeholder: text('sales-pipeline.board.filter.text.placeholder') })),
            el('div.field-group.sp-board-filter', [el('button.aui-button', { type: 'button', id: 'sp-board-clear' },
                text('sales-pipeline.board.filter.clear'))])
        ]);
        var typing = null;
        form.addEventListener('submit', function (event) { event.preventDefault(); board.readFilters(); });
        form.addEventListener('change', function () { board.readFilters(); });
        form.addEventListener('input', function (event) {
            if (event.target.getAttribute('data-filter') === 'q') {
                clearTimeout(typing);
                typing = setTimeout(function () { board.readFilters(); }, 300);
            }
        });
        form.querySelector('#sp-board-clear').addEventListener('click', function () {
            dom.all(form, '[data-filter]').forEach(function (input) { input.value = ''; });
            board.readFilters();
        });
        return form;
    };

    Board.prototype.fillOwners = function (owners) {
        var select = this.ownerSelect;
        owners.forEach(function (owner) {
            dom.append(select, el('option', { value: owner.key }, owner.name));
        });
    };

    Board.prototype.readFilters = function () {
        var board = this;
        var next = {};
        dom.all(this.filterForm, '[data-filter]').forEach(function (input) {
            next[input.getAttribute('data-filter')] = input.value.trim();
        });
        var changed = Object.keys(next).some(function (name) { return next[name] !== board.filters[name]; });
        this.filters = next;
        if (!changed) {
            return Promise.resolve();
        }
        // Filters the board took are kept for the user's next visit; a refused one is not.
        return this.load().then(function (shown) {
            return shown ? rest.put(board.path() + '/filters', next).then(null, function () { return null; }) : null;
        });
    };

    Board.prototype.draw = function () {
        var board = this;
        var answer = this.answer;
        var columns = answer.stages.map(function (column) { return board.column(column); });
        var zones = el('div.sp-board-outcomes', answer.outcomes.map(function (zone) { return board.zone(zone); }));
        dom.replace(this.columns, [columns, zones]);
    };

    Board.prototype.target = function (key) {
        var answer = this.answer;
        var column = answer.stages.filter(function (each) { return each.key === key; })[0];
        if (column) {
            return { key: key, name: column.name, statuses: column.statuses, reasonField: null };
        }
        var zone = answer.outcomes.filter(function (each) { return each.outcome === key; })[0];
        return zone && { key: key, name: text('sales-pipeline.board.outcome.' + key), statuses: zone.statuses,
            reasonField: OUTCOMES_WITH_REASON.indexOf(key) >= 0 ? answer.reasonFields[key] : null };
    };

    Board.prototype.dropTarget = function (node, key) {
        var board = this;
        node.addEventListener('dragover', function (event) {
            if (board.dragged) {
                event.preventDefault();
                node.classList.add('sp-drop-over');
            }
        });
        node.addEventListener('dragleave', function () { node.classList.remove('sp-drop-over'); });
        node.addEventListener('drop', function (event) {
            event.preventDefault();
            node.classList.remove('sp-drop-over');
            var issueKey = board.dragged;
            board.dragged = null;
            if (issueKey) {
                board.move(issueKey, key);
            }
        });
        return node;
    };

    Board.prototype.column = function (column) {
        var board = this;
        var currency = this.answer.currency;
        var header = el('header.sp-column-header', [
            el('h2.sp-column-name', column.name),
            el('p.sp-column-figures', [
                el('span.sp-column-deals', text.count('sales-pipeline.board.deals', column.deals)), ' \u00b7 ',
                el('bdi.sp-column-value', textHelpers.money(column.value, currency)), ' \u00b7 ',
                el('span.sp-column-weighted', text('sales-pipeline.board.weighted',
                    textHelpers.money(column.weightedValue, currency)))
            ]),
            column.hiddenDeals ? el('p.sp-column-hidden', text.count('sales-pipeline.board.hidden', column.hiddenDeals)) : null
        ]);
        var cards = el('ol.sp-cards', column.cards.map(function (card) { return board.card(card, column); }));
        var more = column.more ? el('button.aui-button.aui-button-link.sp-column-more', { type: 'button' },
            text('sales-pipeline.board.more')) : null;
        var node = el('section.sp-column', { 'data-stage': column.key, 'aria-label': column.name }, [header,
            column.cards.length ? cards : el('p.sp-column-empty', text('sales-pipeline.board.empty')), more]);
        if (more) {
            more.addEventListener('click', function () { board.showMore(column, cards, more); });
        }
        return this.dropTarget(node, column.key);
    };

    Board.prototype.showMore = function (column, list, button) {
        var board = this;
        var params = Object.assign({}, this.filters, { stage: column.key, start: list.children.length });
        button.disabled = true;
        rest.get(this.path(), params).then(function (answer) {
            var next = answer.stages[0];
            next.cards.forEach(function (card) { list.appendChild(board.card(card, column)); });
            button.disabled = false;
            button.hidden = !next.more;
        }, function (failure) {
            button.disabled = false;
            dom.append(board.errors, rest.messagesOf(failure).map(function (line) { return el('p', line); }));
        });
    };

    Board.prototype.zone = function (zone) {
        var name = text('sales-pipeline.board.outcome.' + zone.outcome);
        return this.dropTarget(el('section.sp-outcome.sp-outcome-' + zone.outcome.toLowerCase(),
            { 'data-stage': zone.outcome, 'aria-label': name },
            [el('h2.sp-outcome-name', name), el('p.sp-outcome-hint', text('sales-pipeline.board.drop'))]), zone.outcome);
    };

    Board.prototype.card = function (card, column) {
        var board = this;
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        var days = Math.floor(card.daysInStage);
        var node = el('li.sp-card' + (card.rotting ? '.sp-card-rotting' : ''),
            { draggable: 'true', 'data-issue-key': card.key }, [
                el('p.sp-card-title', [el('a.sp-card-key', { href: contextPath + '/browse/' + encodeURIComponent(card.key) },
                    el('bdi', card.key)), ' ', el('span.sp-card-summary', card.summary || '')]),
                el('p.sp-card-amount', el('bdi', textHelpers.money(card.amount, this.answer.currency))),
                el('p.sp-card-owner', card.ownerName || card.owner || text('sales-pipeline.board.unassigned')),
                el('p.sp-card-close' + (card.overdue ? '.sp-overdue' : ''), card.closeDate
                    ? [text('sales-pipeline.board.close', card.closeDate), card.overdue
                        ? [' ', el('span.aui-lozenge.aui-lozenge-removed', text('sales-pipeline.board.overdue'))] : null]
                    : text('sales-pipeline.board.no-close')),
                el('p.sp-card-stage', [el('span.sp-card-days', text.count('sales-pipeline.board.days', days)),
                    card.rotting ? [' ', el('span.aui-lozenge.aui-lozenge-removed.sp-rotting',
                        { title: text('sales-pipeline.board.rotting') }, text('sales-pipeline.board.rotting'))] : null,
                    card.bantScore === null || card.bantScore === undefined ? null
                        : [' ', el('span.aui-lozenge.sp-card-bant', text('sales-pipeline.board.bant',
                            textHelpers.number(card.bantScore, 1)))]]),
                el('div.sp-card-errors', { role: 'alert' }),
                el('div.sp-card-actions', [el('button.aui-button.aui-button-subtle.sp-card-move', {
                    type: 'button', 'aria-haspopup': 'true', 'aria-expanded': 'false',
                    'aria-label': text('sales-pipeline.board.move-to.label', card.key)
                }, text('sales-pipeline.board.move-to'))])
            ]);
        node.addEventListener('dragstart', function (event) {
            board.dragged = card.key;
            if (event.dataTransfer) {
                event.dataTransfer.setData('text/plain', card.key);
                event.dataTransfer.effectAllowed = 'move';
            }
        });
        node.addEventListener('dragend', function () {
            setTimeout(function () { board.dragged = null; }, 0);
        });
        node.querySelector('.sp-card-move').addEventListener('click', function (event) {
            board.toggleMenu(node, card, column, event.currentTarget);
        });
        return node;
    };

    /** The card's "Move to" menu: the deal's moves as the server answers them, the refused ones with what is missing. */
    Board.prototype.toggleMenu = function (node, card, column, button) {
        var board = this;
        var open = node.querySelector('.sp-move-menu');
        if (open) {
            open.parentNode.removeChild(open);
            button.setAttribute('aria-expanded', 'false');
            return Promise.resolve();
        }
        button.setAttribute('aria-expanded', 'true');
        return rest.get(rest.deal(card.key)).then(function (deal) {
            var moves = (deal.moves || []).filter(function (move) {
                return move.stage && move.stage !== column.key && board.target(move.stage);
            });
            var menu = el('ul.sp-move-menu', { role: 'menu' }, moves.length ? moves.map(function (move) {
                var item = el('button.aui-button.aui-button-link.sp-move-choice', { type: 'button', role: 'menuitem',
                    'data-stage': move.stage, disabled: !move.allowed }, board.target(move.stage).name);
                item.addEventListener('click', function () { board.move(card.key, move.stage); });
                return el('li', [item, move.allowed ? null : el('ul.sp-move-blockers', { 'aria-label':
                    text('sales-pipeline.board.move-to.blocked') }, move.blockers.map(function (blocker) {
                    return el('li', blocker.message);
                }))]);
            }) : [el('li.sp-move-none', text('sales-pipeline.board.move-to.none'))]);
            menu.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    board.toggleMenu(node, card, column, button);
                    button.focus();
                }
            });
            node.appendChild(menu);
            var first = menu.querySelector('button:not([disabled])');
            if (first) {
                first.focus();
            }
        }, function (failure) {
            board.showRefusal(card.key, rest.messagesOf(failure));
        });
    };

    Board.prototype.cardNode = function (issueKey) {
        return this.columns.querySelector('[data-issue-key="' + issueKey.replace(/"/g, '') + '"]');
    };

    Board.prototype.showRefusal = function (issueKey, lines) {
        var node = this.cardNode(issueKey);
        if (node) {
            node.classList.remove('sp-card-moving');
            dom.replace(node.querySelector('.sp-card-errors'), lines.map(function (line) { return el('p', line); }));
        }
    };

    /** Moves the deal through Jira; on success the board is read again, on a refusal the card stays and says why. */
    Board.prototype.move = function (issueKey, key) {
        var board = this;
        var target = this.target(key);
        var node = this.cardNode(issueKey);
        if (!target || !node) {
            return Promise.resolve();
        }
        if (node.closest('[data-stage]').getAttribute('data-stage') === key) {
            return Promise.resolve();
        }
        dom.clear(node.querySelector('.sp-card-errors'));
        node.classList.add('sp-card-moving');
        return mover.move(issueKey, target, function (options) {
            return reason.ask(board.container, target.name, options);
        }).then(function () {
            return board.load();
        }, function (failure) {
            if (failure && failure.cancelled) {
                node.classList.remove('sp-card-moving');
                return;
            }
            board.showRefusal(issueKey, failure && failure.messages ? failure.messages : rest.messagesOf(failure));
        });
    };

    return { Board: Board, start: function (container) { return new Board(container).start(); } };
});
