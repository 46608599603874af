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

static assert_fact_t assert_fact;
static start_action_t start_action_for_state;
static complete_action_t complete_and_start_action;
static abandon_action_t abandon_action;

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

static PyMethodDef methods[] = {
    {"fired", fired, METH_VARARGS, "Assert a fact (JSON text); return (result, state, fired rule names, error)."},
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
    if (!assert_fact || !start_action_for_state || !complete_and_start_action || !abandon_action) {
        return NULL;
    }
    return PyModule_Create(&module);
}
