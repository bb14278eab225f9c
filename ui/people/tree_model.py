"""The left-hand tree (country → region → delegation, and the guests) as a Qt item model.

It wraps the core's ``directory_tree`` result; each node's filter selects the people table's rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from accreditation.people.directory import PeopleFilter, TreeNode

from ..labels import localized_number

ModelIndex = QModelIndex | QPersistentModelIndex


class _Item:
    __slots__ = ("node", "parent", "children", "row")

    def __init__(self, node: TreeNode | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


class DirectoryTreeModel(QAbstractItemModel):
    FilterRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._persian = language == "fa"
        self._root = _Item(None, None, 0)
        self._labels = {"all": self.tr("Everyone"), "guests": self.tr("Guests (not a region)")}
        #: The kinds of organization under the guests, in the window's language.
        self._kind_labels = {
            "ministry": self.tr("Ministries"),
            "government": self.tr("Government bodies"),
            "embassy": self.tr("Embassies"),
            "chamber": self.tr("Chambers of commerce"),
            "international": self.tr("International organizations"),
            "press": self.tr("Press"),
            "other": self.tr("Other"),
        }

    def set_nodes(self, nodes: list[TreeNode]) -> None:
        self.beginResetModel()
        self._root = _Item(None, None, 0)
        self._add(self._root, nodes)
        self.endResetModel()

    def _add(self, parent: _Item, nodes: list[TreeNode]) -> None:
        for row, node in enumerate(nodes):
            item = _Item(node, parent, row)
            parent.children.append(item)
            self._add(item, node.children)

    def _item(self, index: ModelIndex) -> _Item:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        parent_item = self._item(parent)
        if row >= len(parent_item.children):
            return QModelIndex()
        return self.createIndex(row, 0, parent_item.children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        item = self._item(index)
        if item.parent is None or item.parent is self._root:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Regions and delegations")
        return None

    def _label(self, node: TreeNode) -> str:
        if node.kind == "org_kind" and str(node.key) in self._kind_labels:
            return self._kind_labels[str(node.key)]
        if self._persian and node.label_fa:
            return node.label_fa
        if self._language == "ru" and node.label_ru:
            return node.label_ru
        return node.label_en

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._labels.get(node.kind) or self._label(node)
            return f"{label} ({localized_number(node.count, self._language)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (node.label_en, node.label_fa, node.label_native) if x)
        if role == self.FilterRole:
            return PeopleFilter(kind=node.kind, key=node.key)
        return None

    def find(self, kind: str, key: Any = None) -> QModelIndex:
        """The index of the first node of ``kind`` (and ``key``), for restoring a selection."""
        stack = [(self._root, QModelIndex())]
        while stack:
            item, index = stack.pop(0)
            for row, child in enumerate(item.children):
                child_index = self.index(row, 0, index)
                if (
                    child.node is not None
                    and child.node.kind == kind
                    and (key is None or child.node.key == key)
                ):
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()
