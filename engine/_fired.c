/* Assert one fact into a durable-rules ruleset and take every rule it fires, in one call.
 *
 * engine/runtime.py would otherwise cross from Python into durable-rules' C engine once per fired rule and build a
 * Python string of each fired rule's message (the whole matched fact) only to read the rule's name from it. This
 * module calls the same C functions durable-rules' own Python binding calls (assertFact, startActionForState,
 * completeAndStartAction, abandonAction), found in the already loaded `durable_rules_engine` module, and returns the
 * names of the fired rules. It holds no state; the caller holds the lock and deletes the session state.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>
#include <string.h>

#define RULES_OK 0
#define ERR_EVENT_NOT_HANDLED 1
#define ERR_EVENT_OBSERVED 2
#define ERR_EVENT_DEFERRED 3
#define ERR_NO_ACTION_AVAILABLE 310
#define ERR_UNREADABLE_MESSAGE 100000  /* ours: a fired rule's message without a name, or no memory to read it */

typedef unsigned int (*assert_fact_t)(unsigned int, char *, unsigned int *);
typedef unsigned int (*start_action_t)(unsigned int, unsigned int, char **, char **);
typedef unsigned int (*complete_action_t)(unsigned int, unsigned int, char **);
typedef unsigned int (*abandon_action_t)(unsigned int, unsigned int);
typedef unsigned int (*retract_fact_t)(unsigned int, char *, unsigned int *);

static assert_fact_t assert_fact;
static start_action_t start_action_for_state;
static complete_action_t complete_and_start_action;
static abandon_action_t abandon_action;
static retract_fact_t retract_fact;

/* The fired rule's name: its message is {"<name>": ...}. */
static int append_name(PyObject *names, const char *message) {
    const char *end = message != NULL && message[0] == '{' && message[1] == '"' ? strchr(message + 2, '"') : NULL;
    if (end == NULL) {
        return -1;
    }
    PyObject *name = PyUnicode_FromStringAndSize(message + 2, end - (message + 2));
    if (name == NULL) {
        return -1;
    }
    int failed = PyList_Append(names, name);
    Py_DECREF(name);
    return failed;
}


/* fired(handle, fact_json) -> (assert result, state offset, [fired rule name, ...], error taking the fired rules)
 *
 * Raises only when assertFact itself fails (no state to delete then). A failure while taking the fired rules is
 * returned as its error code, after the action in progress is abandoned: the caller still deletes the state. */
static PyObject *fired(PyObject *Py_UNUSED(self), PyObject *args) {
    unsigned int handle;
    const char *fact;
    if (!PyArg_ParseTuple(args, "Is", &handle, &fact)) {
        return NULL;
    }
    PyObject *names = PyList_New(0);
    if (names == NULL) {
        return NULL;
    }
    unsigned int state = 0, error = 0;
    unsigned int result = assert_fact(handle, (char *)fact, &state);
    if (result != RULES_OK && result != ERR_EVENT_NOT_HANDLED && result != ERR_EVENT_OBSERVED &&
        result != ERR_EVENT_DEFERRED) {
        Py_DECREF(names);
        PyErr_Format(PyExc_RuntimeError, "durable-rules assertFact failed, error code: %u", result);
        return NULL;
    }
    if (result != ERR_EVENT_NOT_HANDLED) {
        char *state_fact = NULL;
        char *message = NULL;
        unsigned int taken = start_action_for_state(handle, state, &state_fact, &message);
        while (taken == RULES_OK) {
            if (append_name(names, message) != 0) {
                PyErr_Clear();
                taken = ERR_UNREADABLE_MESSAGE;
                break;
            }
            taken = complete_and_start_action(handle, state, &message);
        }
        if (taken != ERR_NO_ACTION_AVAILABLE) {
            abandon_action(handle, state);  /* an action may be in progress: release it */
            error = taken;
        }
    }
    PyObject *out = Py_BuildValue("IIOI", result, state, names, error);
    Py_DECREF(names);
    return out;
}

/* Assert, take the fired rules (their names appended to `names`), abandon on failure. 0 when all went well. */
static unsigned int take_all(unsigned int handle, const char *fact, unsigned int *result, unsigned int *state,
                             PyObject *names) {
    *result = assert_fact(handle, (char *)fact, state);
    if (*result != RULES_OK) {
        return 0;
    }
    char *state_fact = NULL;
    char *message = NULL;
    unsigned int taken = start_action_for_state(handle, *state, &state_fact, &message);
    while (taken == RULES_OK) {
        if (append_name(names, message) != 0) {
            PyErr_Clear();
            taken = ERR_UNREADABLE_MESSAGE;
            break;
        }
        taken = complete_and_start_action(handle, *state, &message);
    }
    if (taken != ERR_NO_ACTION_AVAILABLE) {
        abandon_action(handle, *state);
        return taken;
    }
    return 0;
}

/* fired_all(handles, facts, retraction) -> (names, failed)
 *
 * For each ruleset in turn: assert its fact, take every rule it fires, retract the fact (`retraction`). `names` are
 * the fired rules' names of every ruleset that ran cleanly, repeats included. `failed` is None, or, for the first
 * ruleset that did not run cleanly (a result other than RULES_OK, an error taking its fired rules or retracting):
 * (index, assert result, state offset, its fired names, error taking them, retract result). The rulesets after it
 * are not run; its state is left for the caller to delete. An assertion durable-rules refuses has its error code as
 * the result (no state then). */
static PyObject *fired_all(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *handles, *facts;
    const char *retraction;
    if (!PyArg_ParseTuple(args, "O!O!s", &PyTuple_Type, &handles, &PyList_Type, &facts, &retraction)) {
        return NULL;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(handles);
    if (PyList_GET_SIZE(facts) != count) {
        PyErr_SetString(PyExc_ValueError, "one fact per ruleset");
        return NULL;
    }
    PyObject *names = PyList_New(0);
    if (names == NULL) {
        return NULL;
    }
    for (Py_ssize_t index = 0; index < count; ++index) {
        unsigned int handle = (unsigned int)PyLong_AsUnsignedLong(PyTuple_GET_ITEM(handles, index));
        const char *fact = PyUnicode_AsUTF8(PyList_GET_ITEM(facts, index));
        if (fact == NULL || PyErr_Occurred()) {
            Py_DECREF(names);
            return NULL;
        }
        PyObject *mine = PyList_New(0);
        if (mine == NULL) {
            Py_DECREF(names);
            return NULL;
        }
        unsigned int result = 0, state = 0, retracted = 0, offset = 0;
        unsigned int error = take_all(handle, fact, &result, &state, mine);
        if (result == RULES_OK && error == 0) {
            retracted = retract_fact(handle, (char *)retraction, &offset);
        }
        if (result != RULES_OK || error != 0 || retracted != RULES_OK) {
            PyObject *failed = Py_BuildValue("(nIIOII)", index, result, state, mine, error, retracted);
            Py_DECREF(mine);
            PyObject *out = failed == NULL ? NULL : Py_BuildValue("(NN)", names, failed);
            if (out == NULL) {
                Py_DECREF(names);
            }
            return out;
        }
        Py_ssize_t taken = PyList_GET_SIZE(mine);
        int failed = PyList_SetSlice(names, PyList_GET_SIZE(names), PyList_GET_SIZE(names), mine);
        Py_DECREF(mine);
        if (failed != 0 || taken < 0) {
            Py_DECREF(names);
            return NULL;
        }
    }
    return Py_BuildValue("(NO)", names, Py_None);
}

static PyMethodDef methods[] = {
    {"fired", fired, METH_VARARGS, "Assert a fact (JSON text); return (result, state, fired rule names, error)."},
    {"fired_all", fired_all, METH_VARARGS,
     "Assert, take and retract one fact per ruleset; return (fired rule names, None or the first failure)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "engine._fired", NULL, -1, methods, NULL, NULL, NULL, NULL};

static void *find(void *library, const char *symbol) {
    void *found = dlsym(library, symbol);
    if (found == NULL) {
        PyErr_Format(PyExc_ImportError, "durable_rules_engine has no C function %s", symbol);
    }
    return found;
}

PyMODINIT_FUNC PyInit__fired(void) {
    PyObject *durable = PyImport_ImportModule("durable_rules_engine");
    if (durable == NULL) {
        return NULL;
    }
    PyObject *path = PyObject_GetAttrString(durable, "__file__");
    Py_DECREF(durable);
    if (path == NULL) {
        return NULL;
    }
    const char *file = PyUnicode_AsUTF8(path);
    if (file == NULL) {
        Py_DECREF(path);
        return NULL;
    }
    void *library = dlopen(file, RTLD_NOW | RTLD_NOLOAD);  /* the very library Python loaded: same rulesets */
    Py_DECREF(path);
    if (library == NULL) {
        PyErr_Format(PyExc_ImportError, "cannot reach durable_rules_engine: %s", dlerror());
        return NULL;
    }
    assert_fact = (assert_fact_t)find(library, "assertFact");
    start_action_for_state = (start_action_t)find(library, "startActionForState");
    complete_and_start_action = (complete_action_t)find(library, "completeAndStartAction");
    abandon_action = (abandon_action_t)find(library, "abandonAction");
    retract_fact = (retract_fact_t)find(library, "retractFact");
    if (!assert_fact || !start_action_for_state || !complete_and_start_action || !abandon_action || !retract_fact) {
        return NULL;
    }
    return PyModule_Create(&module);
}
