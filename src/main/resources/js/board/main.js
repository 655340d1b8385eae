/* Starts the board in its container once the page has loaded. */
require(['sales-pipeline/common/dom', 'sales-pipeline/board/board'], function (dom, board) {
    'use strict';

    dom.ready(function () {
        dom.all(document, '.sales-pipeline-board[data-project-key]').forEach(board.start);
    });
});
